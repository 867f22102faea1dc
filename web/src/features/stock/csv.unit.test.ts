import { parseStockCsv } from './csv';

it('reads stock rows, skipping the header and blank lines', () => {
  expect(
    parseStockCsv('\uFEFFsku,warehouse,quantity,product_name\nCU-1,NB1,120,铜线\n\nFAN-2,,5\n'),
  ).toEqual({
    positions: [
      { sku: 'CU-1', warehouse: 'NB1', quantity: 120, productName: '铜线' },
      { sku: 'FAN-2', warehouse: 'MAIN', quantity: 5 },
    ],
  });
});

it('names the first malformed row and sends nothing', () => {
  expect(parseStockCsv('CU-1,NB1,12\nCU-2,NB1,-3\n')).toEqual({
    positions: [],
    bad: { row: 2, line: 'CU-2,NB1,-3' },
  });
});

it('keeps a quoted field with a comma in it whole ("Copper wire, 2 mm")', () => {
  expect(
    parseStockCsv(
      'sku,warehouse,quantity,product_name\r\nCU-2,NB1,40,"Copper wire, 2 mm"\r\n"FAN-3",MAIN,7,"Fan ""mini"""\r\n',
    ),
  ).toEqual({
    positions: [
      { sku: 'CU-2', warehouse: 'NB1', quantity: 40, productName: 'Copper wire, 2 mm' },
      { sku: 'FAN-3', warehouse: 'MAIN', quantity: 7, productName: 'Fan "mini"' },
    ],
  });
});
