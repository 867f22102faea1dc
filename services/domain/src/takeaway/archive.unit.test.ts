import { createHash } from 'node:crypto';
import {
  buildArchive,
  ENTITIES,
  MANIFEST_PATH,
  readArchive,
  toCsv,
  withoutSecrets,
  type TakeawayData,
} from './archive';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const company = {
  id: 'c1',
  name: '甬华电机',
  uscc: '91330200MA2AAAAA1X',
  kind: 'SME',
  region: '浙江省宁波市',
  industry: '电机',
};
const data = (): TakeawayData => ({
  company,
  ...(Object.fromEntries(ENTITIES.map((e) => [e, []])) as unknown as Omit<TakeawayData, 'company'>),
  users: [{ id: 'u1', email: 'a@x.cn', name: 'A, "the" admin', role: 'ADMIN', passwordHash: 'h' }],
  orders: [{ id: 'o1', totalFen: '1234500', lines: [{ sku: 'S', resetTokenHash: 'x' }] }],
});
const exportedAt = '2026-12-06T02:00:00.000Z';

describe('withoutSecrets', () => {
  it('drops password, token, secret and hash fields at any depth', () =>
    expect(
      withoutSecrets({ a: 1, passwordHash: 'x', n: [{ secretHash: 'y', apiToken: 'z', b: 2 }] }),
    ).toEqual({ a: 1, n: [{ b: 2 }] }));
});

describe('toCsv', () => {
  it('quotes commas and quotes, writes nested values as JSON, one header of every key', () =>
    expect(
      toCsv([
        { a: 'x,y', b: 'say "hi"' },
        { a: 1, c: { d: 2 } },
      ]),
    ).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n1,,"{""d"":2}"\r\n'));
});

describe('buildArchive', () => {
  const { files, manifest } = buildArchive(data(), { exportedAt, sha256 });
  it('given rows, writes a JSON and a CSV per entity, the company and a manifest of them', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'entities/company.json',
        'entities/users.json',
        'tables/users.csv',
        'entities/supply-links.json',
        'tables/access-log.csv',
        MANIFEST_PATH,
      ]),
    );
    expect(manifest.files).toHaveLength(Object.keys(files).length - 1);
    expect(manifest.counts).toMatchObject({ users: 1, orders: 1, stock: 0 });
    expect(manifest).toMatchObject({
      format: 'chainlift-takeaway',
      version: 1,
      exportedAt,
      company,
    });
    for (const f of manifest.files) expect(f.sha256).toBe(sha256(files[f.path]!));
  });
  it('never writes a secret', () => {
    const text = Object.values(files)
      .map((b) => new TextDecoder().decode(b))
      .join('\n');
    expect(text).not.toMatch(/passwordHash|resetTokenHash/);
  });
});

describe('readArchive', () => {
  const built = () => buildArchive(data(), { exportedAt, sha256 }).files;
  it('given an untouched archive, reads its data back', () => {
    const read = readArchive(built(), sha256);
    expect(read.ok && read.value.data.users[0]).toMatchObject({ id: 'u1', role: 'ADMIN' });
    expect(read.ok && read.value.data.company).toEqual(company);
  });
  it('refuses a file changed after export (BAD_USER_INPUT naming it)', () => {
    const files = built();
    files['entities/orders.json'] = new TextEncoder().encode('[{"id":"o1","totalFen":"9"}]');
    expect(readArchive(files, sha256)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/entities\/orders\.json.*SHA-256/),
      }),
    });
  });
  it('refuses a missing file, an unlisted file, a missing or foreign manifest', () => {
    const missing = built();
    delete missing['tables/users.csv'];
    expect(readArchive(missing, sha256)).toMatchObject({
      ok: false,
      error: { message: /tables\/users\.csv.*missing/ },
    });
    const extra = { ...built(), 'entities/evil.json': new Uint8Array([1]) };
    expect(readArchive(extra, sha256)).toMatchObject({
      ok: false,
      error: { message: /not listed/ },
    });
    const none = built();
    delete none[MANIFEST_PATH];
    expect(readArchive(none, sha256)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT' },
    });
    const foreign = { ...built(), [MANIFEST_PATH]: new TextEncoder().encode('{"format":"zip"}') };
    expect(readArchive(foreign, sha256)).toMatchObject({
      ok: false,
      error: { message: /not a chainlift-takeaway/ },
    });
  });
});
