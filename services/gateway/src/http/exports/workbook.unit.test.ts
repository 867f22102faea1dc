import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSchema, parse, validate } from 'graphql';
import { typeDefs } from '../../graphql/schema';
import { EXPORT_TABLES } from './tables';
import {
  cellValue,
  dateCell,
  moneyCell,
  NUMBER_FORMATS,
  percentCell,
  sheet,
  writeWorkbook,
} from './workbook';

describe('export cells', () => {
  it('turns an amount in yuan into the number of exactly that many fen / 100', () => {
    for (const [text, fen] of [
      ['0.10', 10],
      ['0.07', 7],
      ['1234567.89', 123456789],
      ['99999999999.99', 9999999999999],
      ['400000.00', 40000000],
    ] as const) {
      expect(moneyCell(text)).toBe(fen / 100);
      expect(moneyCell(text).toFixed(2)).toBe(text);
    }
  });

  it('refuses an amount that is not yuan to the fen', () => {
    expect(() => moneyCell('1.005')).toThrow(RangeError);
    expect(() => moneyCell('1e3')).toThrow(RangeError);
  });

  it('moves a percentage two places by text', () => {
    expect(percentCell('77.24')).toBe(0.7724);
    expect(percentCell('5')).toBe(0.05);
    expect(percentCell('100')).toBe(1);
    expect(percentCell('0.5')).toBe(0.005);
    expect(percentCell('-12.5')).toBe(-0.125);
  });

  it('keeps a business date on its calendar day', () => {
    expect(dateCell('2027-02-28').toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(() => dateCell('2027-2-28')).toThrow(RangeError);
  });

  it('leaves a missing value empty', () => {
    expect(cellValue('money', null)).toBeNull();
    expect(cellValue('date', undefined)).toBeNull();
    expect(cellValue('int', 7)).toBe(7);
  });
});

describe('writeWorkbook', () => {
  it('writes typed cells under Chinese headers that exceljs reads back', async () => {
    const rows = [
      { name: '甬华电机', amount: '1234567.50', due: '2027-03-31', share: '77.24', n: 3 },
    ];
    const file = await writeWorkbook([
      sheet(
        '应收账款',
        [
          { header: '企业名称', type: 'text', value: (r: (typeof rows)[0]) => r.name },
          { header: '金额', type: 'money', value: (r) => r.amount },
          { header: '到期日', type: 'date', value: (r) => r.due },
          { header: '占比', type: 'percent', value: (r) => r.share },
          { header: '笔数', type: 'int', value: (r) => r.n },
        ],
        rows,
      ),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const ws = book.getWorksheet('应收账款')!;
    expect(ws.getRow(1).values).toEqual([undefined, '企业名称', '金额', '到期日', '占比', '笔数']);
    expect(ws.getCell('B2').value).toBe(1234567.5);
    expect(ws.getCell('B2').numFmt).toBe(NUMBER_FORMATS.money);
    expect(ws.getCell('C2').value).toEqual(new Date('2027-03-31T00:00:00.000Z'));
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D2').value).toBe(0.7724);
    expect(ws.getCell('E2').value).toBe(3);
  });
});

describe('export tables', () => {
  const schema = buildSchema(typeDefs);

  it.each(EXPORT_TABLES.map((t) => [t.name, t] as const))(
    '%s: its query is valid against the API schema',
    (_name, table) => {
      expect(validate(schema, parse(table.query))).toEqual([]);
      if (table.paged) expect(table.query).toMatch(/\$first: Int, \$offset: Int/);
    },
  );

  it('names each export once, as the URL reads it, and the web app offers exactly those', () => {
    const names = EXPORT_TABLES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z-]+$/);
    const web = readFileSync(join(__dirname, '../../../../../web/src/lib/exports.ts'), 'utf8');
    const union = /export type ExportTable =([^;]+);/.exec(web)![1]!;
    const offered = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect([...offered].sort()).toEqual([...names].sort());
  });
});
