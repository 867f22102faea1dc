/**
 * Your data to take away (issue 17 item 3), on two real platforms: a supplier's data is built through
 * the API on the shared test platform (A), its ADMIN exports it (GET /takeaway/archive: a zip whose
 * manifest counts and hashes hold, with no secret in it, the export audited); a SECOND fresh platform
 * (B: its own Neo4j, Kafka and projector, a gateway of its own) refuses a tampered archive and
 * imports the real one as its platform admin; the company's user sets a password through the reset
 * token the import returned, and its queries on B (orders, stock, receivables, pledges, consents,
 * assessments) return the rows they return on A.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  startEphemeralPlatform,
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../../scripts/lib/ephemeral-platform';
import { answersFor, graphqlAnswers } from '../../scripts/seed/assessment-answers';
import { TEST_ADMIN } from '../support/accounts';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { startTestApi, type Account, type Client, type TestApi } from '../support/platform';

let a: TestApi;
let b: TestApi | undefined;
let platformB: EphemeralPlatform | undefined;
let w: ChainWorld;
let viewer: Account;
let archive: Uint8Array;

const base = (api: TestApi) => api.url.replace(/\/graphql$/, '');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const exportAs = (api: TestApi, token: string | undefined) =>
  fetch(`${base(api)}/takeaway/archive`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const importAs = (api: TestApi, token: string | undefined, body: Uint8Array) =>
  fetch(`${base(api)}/takeaway/import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/zip',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: Buffer.from(body),
  });

/** The environment the shared platform's setup left, which a second platform's start rewrites. */
const PLATFORM_ENV = [
  'NEO4J_URI',
  'KAFKA_BROKERS',
  'CHAINLIFT_TEST_STATE_DIR',
  'CHAINLIFT_TEST_PROJECTOR_URL',
  'PROJECTOR_HTTP_PORT',
];

/** A second platform of its own (servers, projector, admin) and a gateway on it. */
async function startSecondPlatform(): Promise<void> {
  const saved = Object.fromEntries(PLATFORM_ENV.map((k) => [k, process.env[k]]));
  for (const k of ['NEO4J_URI', 'KAFKA_BROKERS']) delete process.env[k];
  try {
    platformB = await startEphemeralPlatform(TEST_ADMIN, {
      name: 'takeaway-b',
      say: (line) => process.stdout.write(`  [platform B] ${line}\n`),
    });
    b = await startTestApi({
      outcomeWaitMs: 60_000,
      env: { NEO4J_URI: process.env.NEO4J_URI!, KAFKA_BROKERS: process.env.KAFKA_BROKERS! },
    });
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

beforeAll(async () => {
  a = await startTestApi({ outcomeWaitMs: 60_000 });
  w = await buildChainWorld(a);
  viewer = await a.user(w.t1a.companyId, 'VIEWER');
  // t1a (甬华电机) sells to the leader and buys from t2: orders in several states.
  const delivered = await deliveredOrder(w.leader, w.t1a, '250000.00');
  const place = async (buyer: Account, supplier: Account, n: string) =>
    (
      await buyer.data<{ placeOrder: { id: string } }>(
        `mutation ($s: ID!, $n: String!) { placeOrder(input: { number: $n, supplierId: $s, promisedDate: "2099-01-01",
           lines: [{ sku: "WIRE-1", productName: "线束", quantity: 12, unitPrice: "33.50" }] }) { id } }`,
        { s: supplier.companyId, n: `${n}-${Date.now()}` },
      )
    ).placeOrder.id;
  const act = (who: Account, id: string, action: string) =>
    who.data(
      'mutation ($o: ID!, $a: OrderAction!) { actOnOrder(orderId: $o, action: $a) { status } }',
      {
        o: id,
        a: action,
      },
    );
  await place(w.leader, w.t1a, 'TK-OPEN');
  await act(w.t1a, await place(w.leader, w.t1a, 'TK-CANCEL'), 'CANCEL');
  await act(w.t2, await place(w.t1a, w.t2, 'TK-UP'), 'CONFIRM');
  // Stock, a receivable the leader confirmed, consents (one revoked), a pledge application.
  await w.t1a.data(
    'mutation { reportStock(positions: [{ sku: "MOTOR-1", productName: "电机", warehouse: "W1", quantity: 40 }, { sku: "WIRE-1", productName: "线束", warehouse: "W2", quantity: 7 }]) { status } }',
  );
  const receivable = await registerReceivable(w.t1a, delivered, inDays(60));
  await confirmReceivables(w.leader, [receivable.id]);
  const bankId = await a.company('BANK', '宁波测试银行');
  const bank = await a.user(bankId, 'ADMIN');
  const product = await defineProduct(bank);
  await grantReceivables(w.t1a, bankId);
  const { grantConsent } = await w.t1a.data<{ grantConsent: { id: string } }>(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }',
    { g: w.leader.companyId },
  );
  await w.t1a.data('mutation ($id: ID!) { revokeConsent(consentId: $id) { id } }', {
    id: grantConsent.id,
  });
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: receivable.id, p: product, e: inDays(70) },
  );
  await bank.data('mutation ($id: ID!) { actOnPledge(id: $id, action: APPROVE) { status } }', {
    id: applyForFinancing.id,
  });
  // Its assessment, and an API key whose secret must not leave.
  await w.t1a.data(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    {
      a: graphqlAnswers(answersFor(2)),
    },
  );
  await w.t1a.data('mutation { createApiKey(name: "ERP") { key } }');
  await startSecondPlatform();
}, 600_000);

afterAll(async () => {
  await b?.close();
  if (platformB) await stopEphemeralPlatform(platformB);
  await a?.close();
}, 120_000);

describe('export (GET /takeaway/archive)', () => {
  it('gives the ADMIN a zip: JSON per entity, CSV per table, a manifest whose counts and SHA-256 hold', async () => {
    const response = await exportAs(a, w.t1a.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="chainlift-.*\.zip"/,
    );
    archive = new Uint8Array(await response.arrayBuffer());
    const files = unzipSync(archive);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      format: string;
      company: { id: string };
      counts: Record<string, number>;
      files: { path: string; sha256: string; bytes: number }[];
    };
    expect(manifest).toMatchObject({
      format: 'chainlift-takeaway',
      company: { id: w.t1a.companyId },
    });
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== 'manifest.json')
        .sort(),
    );
    for (const f of manifest.files) {
      expect(sha256(files[f.path]!)).toBe(f.sha256);
      expect(files[f.path]!.byteLength).toBe(f.bytes);
    }
    const rows = (name: string) =>
      JSON.parse(strFromU8(files[`entities/${name}.json`]!)) as unknown[];
    expect(manifest.counts).toMatchObject({
      users: 2,
      orders: 4,
      stock: 2,
      receivables: 1,
      pledges: 1,
      consents: 2,
      assessments: 1,
    });
    for (const [entity, count] of Object.entries(manifest.counts)) {
      const name = entity.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(rows(name)).toHaveLength(count);
      // The CSV has a header and one line per row (nested values are JSON in one cell).
      expect(files[`tables/${name}.csv`]).toBeDefined();
    }
    expect(strFromU8(files['tables/orders.csv']!).split('\r\n')[0]).toMatch(/number/);
    // Counterparties as references.
    expect(rows('counterparties')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: w.leader.companyId,
          kind: 'CHAIN_LEADER',
          uscc: expect.any(String),
        }),
      ]),
    );
  });

  it('holds no secret: no password hash, reset or invitation token hash, API key secret', () => {
    const text = Object.values(unzipSync(archive))
      .map((f) => strFromU8(f))
      .join('\n');
    expect(text).not.toMatch(/scrypt\$|passwordHash|tokenHash|secretHash|clk_|"secret"/);
  });

  it('is audited: a CompanyDataExported record names the company, the ADMIN and the archive hash', async () => {
    const records = await a.cypher(
      'MATCH (e:DataExport {companyId: $c}) RETURN e.userId AS userId, e.sha256 AS sha256',
      { c: w.t1a.companyId },
    );
    expect(records).toContainEqual({ userId: w.t1a.userId, sha256: sha256(archive) });
  });

  it('refuses a VIEWER of the company (FORBIDDEN) and records nothing', async () => {
    const response = await exportAs(a, viewer.token);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

const ORDERS = `query ($r: OrderRole!) { orders(role: $r) { id number status buyer { id } supplier { id }
  total { amount currency } placedOn promisedDate confirmedOn shippedOn deliveredOn invoicedOn cancelledOn
  lines { sku productName quantity unitPrice { amount currency } total { amount } } } }`;
const RECEIVABLES = `{ receivables(role: HOLDER) { id rootId parentId orderId status longTenor amount { amount currency }
  issuedOn dueDate holder { id } debtor { id } creditor { id } } }`;
const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((x, y) => x.id.localeCompare(y.id));

/** The company's own queries, as its user sees them. */
async function views(who: Client, companyId: string) {
  const orders = async (role: string) =>
    byId((await who.data<{ orders: { id: string }[] }>(ORDERS, { r: role })).orders);
  const stock = (
    await who.data<{ stock: { sku: string; warehouse: string }[] }>(
      'query ($c: ID!) { stock(companyId: $c) { company { id } sku productName warehouse quantity updatedAt } }',
      { c: companyId },
    )
  ).stock.sort((x, y) => `${x.sku}/${x.warehouse}`.localeCompare(`${y.sku}/${y.warehouse}`));
  const consents = byId(
    (
      await who.data<{ consents: { id: string }[] }>(
        '{ consents(direction: GRANTED) { id grantor { id } grantee { id } scope status expiresAt grantedAt revokedAt } }',
      )
    ).consents,
  );
  const receivables = byId(
    (await who.data<{ receivables: { id: string }[] }>(RECEIVABLES)).receivables,
  );
  const assessments = byId(
    (
      await who.data<{ myAssessments: { id: string }[] }>(
        `{ myAssessments { id status questionnaireVersion submittedAt
           result { total grade { rank zh } reason { zh en } scenarios { scenarioId level } } } }`,
      )
    ).myAssessments,
  );
  const pledges = byId(
    (
      await who.data<{ pledges: { id: string }[] }>(
        `{ pledges { id registerNumber status bank { id } receivable { id } loanEndDate requestedOn
           approvedOn disbursedOn closedOn outstanding { amount } product { id name } reason offer { advance { amount } net { amount } days } } }`,
      )
    ).pledges,
  );
  return {
    pledges,
    sold: await orders('SUPPLIER'),
    bought: await orders('BUYER'),
    stock,
    receivables,
    consents,
    assessments,
  };
}

describe('import into a second platform (POST /takeaway/import)', () => {
  it('refuses a tampered archive (BAD_USER_INPUT naming the file) and publishes nothing', async () => {
    const files = unzipSync(archive);
    files['entities/orders.json'] = strToU8('[]');
    const response = await importAs(b!, b!.admin.token, zipSync(files));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        code: 'BAD_USER_INPUT',
        field: 'archive',
        message: expect.stringMatching(/orders\.json/),
      },
    });
    expect(
      await b!.cypher('MATCH (c:Company {id: $id}) RETURN c.id', { id: w.t1a.companyId }),
    ).toEqual([]);
  });

  it('refuses a company ADMIN of the second platform (FORBIDDEN)', async () => {
    const someone = await b!.user(await b!.company('SME'), 'ADMIN');
    const response = await importAs(b!, someone.token, archive);
    expect(response.status).toBe(403);
  });

  it('rebuilds the company from events: after a reset, its queries return the same rows', async () => {
    const response = await importAs(b!, b!.admin.token, archive);
    const report = (await response.json()) as {
      applied: Record<string, number>;
      rejected: unknown[];
      skipped: Record<string, number>;
      users: { id: string; email: string; resetToken: string }[];
    };
    expect({ status: response.status, report }).toMatchObject({
      status: 201,
      report: { rejected: [] },
    });
    expect(report.applied).toMatchObject({
      OrderPlaced: 4,
      ReceivableRegistered: 1,
      AssessmentSubmitted: 1,
    });
    expect(report.applied).toMatchObject({ FinanceProductDefined: 1, PledgeRequested: 1 });
    const mine = report.users.find((u) => u.email === w.t1a.email)!;
    expect(mine.resetToken).toMatch(/^clr_/);
    // No password came along: the user logs in only after setting one with the reset token.
    const noLogin = await b!.anonymous.gql(
      'mutation ($e: String!) { login(email: $e, password: "fixture-password-1") { token } }',
      { e: w.t1a.email },
    );
    expect(noLogin.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { resetPassword } = await b!.anonymous.data<{ resetPassword: { token: string } }>(
      'mutation ($t: String!) { resetPassword(token: $t, newPassword: "a-new-password-42") { token } }',
      { t: mine.resetToken },
    );
    const there = b!.client(resetPassword.token);
    const [before, after] = await Promise.all([
      views(w.t1a, w.t1a.companyId),
      views(there, w.t1a.companyId),
    ]);
    expect(after.sold).toHaveLength(3);
    expect(after.pledges).toMatchObject([{ status: 'APPROVED' }]);
    expect(after).toEqual(before);
  });

  it('refuses the same archive again: the company is there now (CONFLICT)', async () => {
    const response = await importAs(b!, b!.admin.token, archive);
    expect(response.status).toBe(409);
  });
});
