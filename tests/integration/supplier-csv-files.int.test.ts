/**
 * Issue 17 item 5, the CSV files new leaders upload: a name over the contract's 200 characters is
 * reported on its row before anything is applied (it used to say CREATED, then the whole upload
 * failed naming no row); a file Excel saved on Chinese Windows (GBK) is read as such when its bytes
 * are sent (csvBase64), and text that was already decoded wrongly is refused naming the encoding.
 */
import iconv from 'iconv-lite';
import { uniqueUscc, codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let leader: Account;
let chainId: string;

beforeAll(async () => {
  api = await startTestApi();
  leader = await api.user(await api.company('CHAIN_LEADER', '编码测试链主'), 'ADMIN');
  chainId = (
    await leader.data<{ createChain: { id: string } }>(
      'mutation { createChain(name: "编码测试供应链") { id } }',
    )
  ).createChain.id;
}, 120_000);
afterAll(() => api?.close());

const IMPORT = `mutation ($c: ID!, $csv: String, $b64: String) {
  importSuppliers(chainId: $c, csv: $csv, csvBase64: $b64) { applied created invalid eventId rows { row uscc name status message } }
}`;
type Report = {
  importSuppliers: {
    applied: boolean;
    created: number;
    invalid: number;
    eventId: string | null;
    rows: {
      row: number;
      uscc: string | null;
      name: string | null;
      status: string;
      message: string | null;
    }[];
  };
};

const companyNamed = async (uscc: string) =>
  (await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.name AS name', { uscc }))[0]?.name;

/** Text as Excel on Chinese Windows saves it (GBK). */
const gbk = (text: string) => iconv.encode(text, 'gbk');

it('reports a name over 200 characters on its row and applies nothing', async () => {
  const ok = uniqueUscc();
  const long = uniqueUscc();
  const name = '宁'.repeat(201);
  const csv = `name,uscc,email\n宁波精铜,${ok},a@copper.test\n${name},${long},b@copper.test\n`;
  const { importSuppliers } = await leader.data<Report>(IMPORT, { c: chainId, csv });
  expect(importSuppliers).toMatchObject({ applied: false, created: 0, invalid: 1, eventId: null });
  expect(importSuppliers.rows.find((r) => r.status === 'INVALID')).toMatchObject({
    row: 3,
    uscc: long,
    message: 'row 3: the company name has 201 characters; at most 200',
  });
  expect(await companyNamed(ok)).toBeUndefined();
  // The same rule for one invitation: a field error, nothing published.
  const one = await leader.gql(
    'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
    { c: chainId, s: { name, uscc: long, email: 'b@copper.test' } },
  );
  expect(codeOf(one)).toBe('BAD_USER_INPUT');
  expect(one.errors?.[0]?.extensions?.field).toBe('name');
  expect(await companyNamed(long)).toBeUndefined();
});

it('reads a GBK file (Excel on Chinese Windows) sent as bytes, English or Chinese headers', async () => {
  const english = uniqueUscc();
  const chinese = uniqueUscc();
  for (const [header, uscc] of [
    ['name,uscc,email,supplies', english],
    ['企业名称,统一社会信用代码,联系邮箱,供应产品', chinese],
  ] as const) {
    const file = gbk(`${header}\n宁波精铜,${uscc},${uscc.toLowerCase()}@copper.test,铜线\n`);
    const { importSuppliers } = await leader.data<Report>(IMPORT, {
      c: chainId,
      b64: file.toString('base64'),
    });
    expect(importSuppliers.rows).toEqual([
      expect.objectContaining({ row: 2, uscc, name: '宁波精铜', status: 'CREATED' }),
    ]);
    expect(importSuppliers).toMatchObject({ applied: true, created: 1, invalid: 0 });
    expect(await companyNamed(uscc)).toBe('宁波精铜');
  }
});

it('refuses a GBK file already read as UTF-8 (����), naming the encoding, and creates nothing', async () => {
  const uscc = uniqueUscc();
  const csv = new TextDecoder('utf-8').decode(
    gbk(`name,uscc,email\n宁波精铜,${uscc},x@copper.test\n`),
  );
  expect(csv).toContain('\uFFFD');
  const { importSuppliers } = await leader.data<Report>(IMPORT, { c: chainId, csv });
  expect(importSuppliers).toMatchObject({ applied: false, created: 0 });
  expect(importSuppliers.rows[0]!.message).toMatch(/GBK\/GB18030/);
  expect(await companyNamed(uscc)).toBeUndefined();
});

it('needs exactly one of csv and csvBase64, and base64 that is base64', async () => {
  expect(codeOf(await leader.gql(IMPORT, { c: chainId }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await leader.gql(IMPORT, { c: chainId, csv: 'a', b64: 'YQ==' }))).toBe(
    'BAD_USER_INPUT',
  );
  const bad = await leader.gql(IMPORT, { c: chainId, b64: '%%%' });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.extensions?.field).toBe('csvBase64');
});
