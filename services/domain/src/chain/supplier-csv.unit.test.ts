import iconv from 'iconv-lite';
import { withUsccCheckChar } from '../company/uscc';
import { checkSupplierRow, parseSupplierCsv, parseSupplierCsvBytes } from './supplier-csv';

const u = (n: number) => withUsccCheckChar(`91330200MA2C${String(n).padStart(5, '0')}`);

describe('supplier CSV', () => {
  it('reads rows with English headers, splitting what each supplies', () => {
    const csv = `name,uscc,email,supplies\n甬华电机,${u(1)},Sales@YH.cn,电机;风扇\n精密注塑,${u(2)},a@b.cn,\n`;
    expect(parseSupplierCsv(csv)).toEqual({
      rows: [
        { row: 2, name: '甬华电机', uscc: u(1), email: 'sales@yh.cn', supplies: ['电机', '风扇'] },
        { row: 3, name: '精密注塑', uscc: u(2), email: 'a@b.cn', supplies: [] },
      ],
      problems: [],
    });
  });

  it('accepts Chinese headers and a BOM', () => {
    const csv = `\uFEFF企业名称,统一社会信用代码,联系邮箱,供应产品\n甬华电机,${u(1)},a@b.cn,电机，风扇\n`;
    expect(parseSupplierCsv(csv).rows[0]).toMatchObject({
      name: '甬华电机',
      supplies: ['电机', '风扇'],
    });
  });

  it('reports each bad row by its spreadsheet row number', () => {
    const bad = u(3).slice(0, 17) + (u(3).endsWith('0') ? '1' : '0');
    const csv = [
      'name,uscc,email,supplies',
      `A,${u(1)},a@b.cn,x`,
      `B,${bad},b@b.cn,x`,
      `,${u(4)},c@b.cn,x`,
      `D,${u(5)},not-an-email,x`,
      `E,${u(1)},e@b.cn,x`,
    ].join('\n');
    const { rows, problems } = parseSupplierCsv(csv);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(problems.map((p) => [p.row, p.message.split(':')[0]])).toEqual([
      [3, 'row 3'],
      [4, 'row 4'],
      [5, 'row 5'],
      [6, 'row 6'],
    ]);
    expect(problems[0]!.message).toContain('invalid USCC');
    expect(problems[3]!.message).toContain('already listed at row 2');
  });

  it('explains a missing column and an empty file', () => {
    expect(parseSupplierCsv('name,email\nA,a@b.cn').problems[0]!.message).toContain(
      'lacks column(s) uscc',
    );
    expect(parseSupplierCsv('').problems[0]!.message).toContain('empty');
  });

  it('reports a name over 200 characters on its row, before anything is applied (issue 17)', () => {
    const long = '甬'.repeat(201);
    const csv = `name,uscc,email\nA,${u(1)},a@b.cn\n${long},${u(2)},b@b.cn\n${'甬'.repeat(200)},${u(3)},c@b.cn\n`;
    const { rows, problems } = parseSupplierCsv(csv);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(problems).toEqual([
      {
        row: 3,
        uscc: u(2),
        name: long,
        message: 'row 3: the company name has 201 characters; at most 200',
      },
    ]);
  });

  it('holds every limit of the SuppliersInvited contract in the row check', () => {
    const row = { name: 'A', uscc: u(1), email: 'a@b.cn', supplies: ['x'] };
    expect(checkSupplierRow(row)).toMatchObject({ ok: true });
    expect(checkSupplierRow({ ...row, supplies: ['x'.repeat(101)] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'supplies' },
    });
    expect(
      checkSupplierRow({ ...row, supplies: Array.from({ length: 101 }, (_, i) => `p${i}`) }),
    ).toMatchObject({ ok: false, error: { field: 'supplies' } });
    expect(checkSupplierRow({ ...row, name: ' ' })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
  });

  it('decodes a file Excel saved on Chinese Windows (GBK) and one saved as CSV UTF-8 (BOM)', () => {
    const text = `企业名称,统一社会信用代码,联系邮箱,供应产品\n宁波精铜,${u(1)},a@b.cn,铜线\n`;
    const gbk = iconv.encode(text, 'gbk');
    expect(parseSupplierCsvBytes(gbk).rows).toEqual([
      { row: 2, name: '宁波精铜', uscc: u(1), email: 'a@b.cn', supplies: ['铜线'] },
    ]);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(parseSupplierCsvBytes(utf8).rows[0]!.name).toBe('宁波精铜');
  });

  it('refuses text already decoded in the wrong encoding, naming it, rather than create ����', () => {
    const gbkAsUtf8 = new TextDecoder('utf-8').decode(
      iconv.encode(`name,uscc,email\n宁波精铜,${u(1)},a@b.cn\n`, 'gbk'),
    );
    expect(parseSupplierCsv(gbkAsUtf8)).toEqual({
      rows: [],
      problems: [
        expect.objectContaining({ row: 0, message: expect.stringMatching(/GBK\/GB18030/) }),
      ],
    });
  });
});
