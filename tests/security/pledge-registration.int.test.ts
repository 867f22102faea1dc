/**
 * A pledge's registration (中登网) is the lending bank's to record, and its pledges' registration forms
 * are its own: another bank can neither record nor see a registration, nor export another bank's
 * forms; the holder sees it but cannot record one; and a registration event from another bank put on
 * Kafka directly is refused by the projector. Through the real gateway, Kafka, projector and Neo4j.
 */
import { publishStraightToKafka } from '../support/forged-events';
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
let otherBank: Account;
let pledgeId: string;
let rootId: string;

const RECORD = `mutation ($p: ID!) { recordPledgeRegistration(pledgeId: $p, registrationNumber: "04386937000515706571",
  registeredAt: "${new Date(Date.now() - 86_400_000).toISOString()}", amount: "1000.00", termMonths: 12) { id registration { number } } }`;
const stored = async () =>
  (
    await api.cypher('MATCH (p:Pledge {id: $id}) RETURN p.registrationNumber AS number', {
      id: pledgeId,
    })
  )[0]!.number;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '质权银行'), 'ADMIN');
  otherBank = await api.user(await api.company('BANK', '旁观银行'), 'ADMIN');
  const productId = await defineProduct(bank);
  // The other bank deals with the same holder too (its own product, the holder opened to it).
  await defineProduct(otherBank);
  await w.t1a.data(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: RECEIVABLES) { id } }',
    {
      g: otherBank.companyId,
    },
  );
  const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '50000.00'));
  await confirmReceivables(w.leader, [r.id]);
  rootId = r.rootId;
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: r.id, p: productId, e: inDays(120) },
  );
  pledgeId = applyForFinancing.id;
  await bank.data('mutation ($id: ID!) { actOnPledge(id: $id, action: APPROVE) { id } }', {
    id: pledgeId,
  });
}, 180_000);
afterAll(() => api?.close());

describe("a pledge's registration is the lending bank's", () => {
  it('another bank cannot record a registration on it (FORBIDDEN); nothing is stored', async () => {
    const response = await otherBank.gql(RECORD, { p: pledgeId });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.data?.recordPledgeRegistration ?? null).toBeNull();
    expect(await stored()).toBeNull();
  });

  it('the holder cannot record one either (FORBIDDEN)', async () => {
    const response = await w.t1a.gql(RECORD, { p: pledgeId });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/only the lending bank/);
    expect(await stored()).toBeNull();
  });

  it('another bank cannot see the registration or the risk, nor the pledge in its export', async () => {
    await bank.data(RECORD, { p: pledgeId });
    expect(await stored()).toBe('04386937000515706571');

    const read = await otherBank.gql(
      'query ($p: ID!) { pledge(id: $p) { registration { number } registrationRisk } }',
      { p: pledgeId },
    );
    expect(codeOf(read)).toBe('FORBIDDEN');
    expect(JSON.stringify(read.data ?? {})).not.toContain('04386937000515706571');

    const forms = await otherBank.data<{ pledgeRegistrationForms: { pledgeId: string }[] }>(
      '{ pledgeRegistrationForms { pledgeId } }',
    );
    expect(forms.pledgeRegistrationForms.map((f) => f.pledgeId)).not.toContain(pledgeId);
    const own = await bank.data<{ pledgeRegistrationForms: { pledgeId: string }[] }>(
      '{ pledgeRegistrationForms { pledgeId } }',
    );
    expect(own.pledgeRegistrationForms.map((f) => f.pledgeId)).toContain(pledgeId);
  });

  it('a company that is not a bank gets no registration forms (FORBIDDEN)', async () => {
    for (const who of [w.t1a, w.leader, w.outsider]) {
      const response = await who.gql('{ pledgeRegistrationForms { pledgeId } }');
      expect(codeOf(response)).toBe('FORBIDDEN');
    }
  });

  it('the projector refuses another bank’s PledgeRegistrationRecorded put on Kafka directly', async () => {
    const payload = {
      rootId,
      pledgeId,
      bankId: otherBank.companyId,
      registrationNumber: 'FORGED0000000001',
      registeredAt: new Date(Date.now() - 86_400_000).toISOString(),
      registeredOn: inDays(-1),
      amountFen: 1_000_00,
      termMonths: 12,
      on: inDays(0),
    };
    const outcome = await publishStraightToKafka(
      api,
      'PledgeRegistrationRecorded',
      payload,
      otherBank.companyId,
    );
    expect(outcome).toMatchObject({ status: 'REJECTED', code: 'FORBIDDEN' });
    expect(outcome.message).toMatch(/only the lending bank/);
    expect(await stored()).toBe('04386937000515706571');
  });
});
