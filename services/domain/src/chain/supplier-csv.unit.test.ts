import { withUsccCheckChar } from '../company/uscc';
import { parseSupplierCsv } from './supplier-csv';

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
});
