/**
 * Attacks on the takeaway archive (GET /takeaway/archive, POST /takeaway/import): only a company's
 * own ADMIN takes its data away, nobody names another company's, and only a platform admin imports —
 * a company ADMIN's archive body is not even read.
 */
import { strFromU8, unzipSync } from 'fflate';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let admin: Account;
let operator: Account;
let viewer: Account;
let otherAdmin: Account;

const base = () => api.url.replace(/\/graphql$/, '');
const get = (token: string | undefined, query = '') =>
  fetch(`${base()}/takeaway/archive${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const post = (token: string | undefined, body: Uint8Array) =>
  fetch(`${base()}/takeaway/import`, {
    method: 'POST',
    headers: {
      'content-type': 'application/zip',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: Buffer.from(body),
  });

beforeAll(async () => {
  api = await startTestApi();
  const company = await api.company('SME', '数据主人');
  admin = await api.user(company, 'ADMIN');
  operator = await api.user(company, 'OPERATOR');
  viewer = await api.user(company, 'VIEWER');
  otherAdmin = await api.user(await api.company('SME', '别家企业'), 'ADMIN');
}, 120_000);
afterAll(() => api?.close());

describe('takeaway export', () => {
  it('without a token: UNAUTHENTICATED (401)', async () => {
    const response = await get(undefined);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('an OPERATOR or VIEWER of the company: FORBIDDEN (403)', async () => {
    for (const who of [operator, viewer]) {
      const response = await get(who.token);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
  });

  it("another company's ADMIN cannot name this company: it gets its own data, none of this company's", async () => {
    const response = await get(otherAdmin.token, `?companyId=${admin.companyId}`);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { company: { id: string } };
    expect(manifest.company.id).toBe(otherAdmin.companyId);
    const text = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    expect(text).not.toContain(admin.companyId);
    expect(text).not.toContain(admin.email);
  });
});

describe('takeaway import', () => {
  it('without a token: UNAUTHENTICATED (401)', async () => {
    expect((await post(undefined, new Uint8Array([1]))).status).toBe(401);
  });

  it('a company ADMIN: FORBIDDEN (403), whatever the archive', async () => {
    const response = await post(admin.token, new Uint8Array(1024));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/platform admin/) },
    });
  });

  it('a platform admin sending something that is not an archive: BAD_USER_INPUT (400)', async () => {
    const response = await post(api.admin.token, new TextEncoder().encode('not a zip'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'archive' },
    });
  });
});
