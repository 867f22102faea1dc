/**
 * Pledges registered where the law looks (issue 17 item 4): an approved or disbursed pledge without a
 * registration in the unified registry (中登网) shows UNREGISTERED (未登记) to its bank, recording one
 * clears it, one ending within 30 days shows EXPIRING (登记即将到期), and the bank exports the registry
 * form's fields (出质人、质权人、财产描述、金额、期限) for every pledge. Through the real gateway, Kafka,
 * projector and Neo4j.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  inDays,
  registerReceivable,
} from '../support/finance';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let bank: Account;
let productId: string;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '登记银行'), 'ADMIN');
  productId = await defineProduct(bank);
}, 180_000);
afterAll(() => api?.close());

const REGISTRATION = `registration { number registeredAt registeredOn amount { amount currency } termMonths expiresOn recordedOn }`;
const PLEDGE = `id status registrationRisk ${REGISTRATION}`;

interface PledgeView {
  id: string;
  status: string;
  registrationRisk: string | null;
  registration: {
    number: string;
    registeredAt: string;
    registeredOn: string;
    amount: { amount: string; currency: string };
    termMonths: number | null;
    expiresOn: string;
    recordedOn: string;
  } | null;
}

/** t1a's confirmed receivable of `amount` on the leader, pledged at the bank and taken to `to`. */
async function pledge(
  to: 'REQUESTED' | 'APPROVED' | 'DISBURSED',
  amount = '100000.00',
): Promise<{ pledgeId: string; receivableId: string }> {
  const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, amount));
  await confirmReceivables(w.leader, [r.id]);
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: r.id, p: productId, e: inDays(120) },
  );
  const act = (action: string) =>
    bank.data(
      'mutation ($id: ID!, $a: PledgeAction!) { actOnPledge(id: $id, action: $a) { id } }',
      {
        id: applyForFinancing.id,
        a: action,
      },
    );
  if (to !== 'REQUESTED') await act('APPROVE');
  if (to === 'DISBURSED') await act('DISBURSE');
  return { pledgeId: applyForFinancing.id, receivableId: r.id };
}

const RECORD = `mutation ($p: ID!, $n: String!, $at: DateTime!, $a: Decimal!, $m: Int, $e: Date) {
  recordPledgeRegistration(pledgeId: $p, registrationNumber: $n, registeredAt: $at, amount: $a, termMonths: $m, expiresAt: $e) { ${PLEDGE} }
}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const seen = async (who: Account, pledgeId: string) =>
  (
    await who.data<{ pledge: PledgeView }>(`query ($id: ID!) { pledge(id: $id) { ${PLEDGE} } }`, {
      id: pledgeId,
    })
  ).pledge;
const stored = async (pledgeId: string) =>
  (
    await api.cypher(
      'MATCH (p:Pledge {id: $id}) RETURN p.registrationNumber AS number, p.registrationAmountFen AS amountFen',
      { id: pledgeId },
    )
  )[0];

describe('未登记: an approved or disbursed pledge without a registration', () => {
  it('shows UNREGISTERED to its bank, and recording a registration clears it', async () => {
    const { pledgeId } = await pledge('APPROVED');
    expect((await seen(bank, pledgeId)).registrationRisk).toBe('UNREGISTERED');
    const { pledges } = await bank.data<{ pledges: PledgeView[] }>(
      `{ pledges(status: APPROVED) { ${PLEDGE} } }`,
    );
    expect(pledges.find((p) => p.id === pledgeId)).toMatchObject({
      registrationRisk: 'UNREGISTERED',
      registration: null,
    });

    const registeredAt = daysAgo(1);
    const { recordPledgeRegistration } = await bank.data<{ recordPledgeRegistration: PledgeView }>(
      RECORD,
      { p: pledgeId, n: '04386937000515706571', at: registeredAt, a: '80000.00', m: 12 },
    );
    expect(recordPledgeRegistration).toMatchObject({
      id: pledgeId,
      registrationRisk: null,
      registration: {
        number: '04386937000515706571',
        registeredAt: new Date(registeredAt).toISOString(),
        amount: { amount: '80000.00', currency: 'CNY' },
        termMonths: 12,
        recordedOn: inDays(0),
      },
    });
    const r = recordPledgeRegistration.registration!;
    expect(r.expiresOn > inDays(360)).toBe(true);
    expect(await stored(pledgeId)).toEqual({
      number: '04386937000515706571',
      amountFen: 8_000_000,
    });
    // The holder sees the same registration (it is public in the registry too).
    expect((await seen(w.t1a, pledgeId)).registration?.number).toBe('04386937000515706571');
  });

  it('a requested pledge carries no risk yet; a disbursed one without a registration does', async () => {
    const requested = await pledge('REQUESTED');
    const disbursed = await pledge('DISBURSED');
    expect((await seen(bank, requested.pledgeId)).registrationRisk).toBeNull();
    expect((await seen(bank, disbursed.pledgeId)).registrationRisk).toBe('UNREGISTERED');
  });

  it('登记即将到期: a registration whose term ends within 30 days shows EXPIRING; an extension clears it', async () => {
    const { pledgeId } = await pledge('DISBURSED');
    const ending = await bank.data<{ recordPledgeRegistration: PledgeView }>(RECORD, {
      p: pledgeId,
      n: 'ZD2026EXPIRING01',
      at: daysAgo(300),
      a: '50000.00',
      e: inDays(10),
    });
    expect(ending.recordPledgeRegistration).toMatchObject({
      registrationRisk: 'EXPIRING',
      registration: { termMonths: null, expiresOn: inDays(10) },
    });
    const extended = await bank.data<{ recordPledgeRegistration: PledgeView }>(RECORD, {
      p: pledgeId,
      n: 'ZD2026EXPIRING01',
      at: daysAgo(300),
      a: '50000.00',
      m: 24,
    });
    expect(extended.recordPledgeRegistration.registrationRisk).toBeNull();
  });
});

describe('bad input gets a clear code and changes nothing', () => {
  it.each([
    [
      'a number with spaces',
      { n: '0438 6937 0005 1570', m: 12 },
      'BAD_USER_INPUT',
      'registrationNumber',
    ],
    ['an amount above the receivable', { a: '100000.01', m: 12 }, 'BAD_USER_INPUT', 'amount'],
    ['an amount with three decimals', { a: '1.001', m: 12 }, 'BAD_USER_INPUT', 'amount'],
    [
      'a registration in the future',
      { at: new Date(Date.now() + 3 * 86_400_000).toISOString(), m: 12 },
      'BAD_USER_INPUT',
      'registeredAt',
    ],
    ['both a term and an end date', { m: 12, e: '2099-01-01' }, 'BAD_USER_INPUT', 'termMonths'],
    ['neither a term nor an end date', {}, 'BAD_USER_INPUT', 'termMonths'],
    ['a term over 30 years', { m: 361 }, 'BAD_USER_INPUT', 'termMonths'],
  ])('%s', async (_what, vars, code, field) => {
    const { pledgeId } = await pledge('APPROVED');
    const response = await bank.gql(RECORD, {
      p: pledgeId,
      n: '04386937000515706571',
      at: daysAgo(1),
      a: '1000.00',
      ...vars,
    });
    expect(codeOf(response)).toBe(code);
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
    expect(await stored(pledgeId)).toEqual({ number: null, amountFen: null });
  });

  it('a requested pledge is not registered yet (CONFLICT)', async () => {
    const { pledgeId } = await pledge('REQUESTED');
    const response = await bank.gql(RECORD, {
      p: pledgeId,
      n: '04386937000515706571',
      at: daysAgo(1),
      a: '1000.00',
      m: 12,
    });
    expect(codeOf(response)).toBe('CONFLICT');
    expect(await stored(pledgeId)).toEqual({ number: null, amountFen: null });
  });
});

interface FormView {
  pledgeId: string;
  registerNumber: string;
  status: string;
  pledgor: { name: string; uscc: string };
  pledgee: { name: string; uscc: string };
  description: string;
  receivableId: string;
  debtor: { name: string; uscc: string };
  receivableAmount: { amount: string };
  dueDate: string;
  amount: { amount: string; currency: string };
  termMonths: number;
  registrationNumber: string | null;
  registrationRisk: string | null;
}
const FORMS = `query ($u: Boolean) { pledgeRegistrationForms(unregisteredOnly: $u) {
  pledgeId registerNumber status pledgor { name uscc } pledgee { name uscc } description receivableId
  debtor { name uscc } receivableAmount { amount } dueDate amount { amount currency } termMonths
  registrationNumber registrationRisk } }`;

describe('the registration export: the registry form for every pledge', () => {
  it('has 出质人、质权人、财产描述、金额、期限 for each approved or disbursed pledge of the bank', async () => {
    const unregistered = await pledge('APPROVED', '20000.00');
    const registered = await pledge('DISBURSED', '30000.00');
    await bank.data(RECORD, {
      p: registered.pledgeId,
      n: 'ZD2026FORM000001',
      at: daysAgo(2),
      a: '24000.00',
      m: 18,
    });
    const { pledgeRegistrationForms: forms } = await bank.data<{
      pledgeRegistrationForms: FormView[];
    }>(FORMS, {});

    // Every approved or disbursed pledge of this bank, and nothing else.
    const expected = await api.cypher(
      `MATCH (:Company {id: $bank})-[:LENDS]->(p:Pledge) WHERE p.status IN ['APPROVED', 'DISBURSED'] RETURN p.id AS id`,
      { bank: bank.companyId },
    );
    expect(forms.map((f) => f.pledgeId).sort()).toEqual(expected.map((e) => e.id as string).sort());
    const companies = await api.cypher(
      'MATCH (c:Company) WHERE c.id IN $ids RETURN c.id AS id, c.name AS name, c.uscc AS uscc',
      { ids: [w.t1a.companyId, w.leader.companyId, bank.companyId] },
    );
    const party = (id: string) => {
      const c = companies.find((x) => x.id === id)!;
      return { name: c.name, uscc: c.uscc };
    };
    for (const form of forms) {
      expect(form.pledgor).toEqual(party(w.t1a.companyId));
      expect(form.pledgee).toEqual(party(bank.companyId));
      expect(form.debtor).toEqual(party(w.leader.companyId));
      expect(form.description).toContain(form.receivableId);
      expect(form.description).toContain(party(w.leader.companyId).name as string);
      expect(form.description).toContain(form.receivableAmount.amount);
      expect(form.description).toContain(form.dueDate);
      expect(form.amount.currency).toBe('CNY');
      expect(form.termMonths).toBeGreaterThanOrEqual(1);
    }
    const byId = (id: string) => forms.find((f) => f.pledgeId === id)!;
    // Not registered yet: the advance (80 % of 20,000.00) and months that cover the 120-day loan.
    expect(byId(unregistered.pledgeId)).toMatchObject({
      receivableId: unregistered.receivableId,
      amount: { amount: '16000.00' },
      termMonths: 4,
      registrationNumber: null,
      registrationRisk: 'UNREGISTERED',
    });
    expect(byId(registered.pledgeId)).toMatchObject({
      amount: { amount: '24000.00' },
      termMonths: 18,
      registrationNumber: 'ZD2026FORM000001',
      registrationRisk: null,
    });

    const { pledgeRegistrationForms: todo } = await bank.data<{
      pledgeRegistrationForms: FormView[];
    }>(FORMS, { u: true });
    expect(todo.map((f) => f.pledgeId)).toContain(unregistered.pledgeId);
    expect(todo.map((f) => f.pledgeId)).not.toContain(registered.pledgeId);
    expect(todo.every((f) => f.registrationNumber === null)).toBe(true);
  });
});
