import {
  answerDifference,
  chainliftKpis,
  chainliftNetwork,
  chainliftRisks,
  chainliftStock,
  decimalToFen,
  peerKpis,
  peerNetwork,
  peerQuestions,
  peerRisks,
  peerStock,
} from './peer-questions';

const A = { id: 'a', name: '甲', region: '上海市' };
const B = { id: 'b', name: '乙', region: null };

describe("bench:peers brings both servers' answers to one form", () => {
  it('money: a Decimal string is exact integer fen, however large', () => {
    expect(decimalToFen('1234.50')).toBe('123450');
    expect(decimalToFen('7')).toBe('700');
    expect(decimalToFen('0.05')).toBe('5');
    expect(decimalToFen('0.00')).toBe('0');
    expect(decimalToFen('92233720368547758.07')).toBe('9223372036854775807');
    expect(() => decimalToFen('1.234')).toThrow(/not a decimal/);
  });

  it("given the same network in each server's shape and order, the forms are equal", () => {
    const chainlift = chainliftNetwork({
      supplierNetwork: {
        total: 2,
        nodes: [
          { tier: 1, status: 'ACTIVE', company: B },
          { tier: 2, status: 'ACTIVE', company: A },
        ],
        links: [
          { supplierId: 'b', buyerId: 'leader' },
          { supplierId: 'a', buyerId: 'b' },
        ],
      },
    });
    const peer = peerNetwork({
      chains: [
        {
          network: [
            { ...A, status: 'ACTIVE', tier: 2 },
            { ...B, status: 'ACTIVE', tier: 1 },
          ],
          links: [
            { supplierId: 'a', buyerId: 'b' },
            { supplierId: 'b', buyerId: 'leader' },
          ],
        },
      ],
    });
    expect(answerDifference(chainlift, peer)).toBeUndefined();
  });

  it('when a tier differs, the difference names the row', () => {
    const chainlift = chainliftNetwork({
      supplierNetwork: { total: 1, nodes: [{ tier: 1, status: 'ACTIVE', company: A }], links: [] },
    });
    const peer = peerNetwork({
      chains: [{ network: [{ ...A, status: 'ACTIVE', tier: 2 }], links: [] }],
    });
    expect(answerDifference(chainlift, peer)).toMatch(/row 0: ChainLift .*"a".*1\]. · peer .*2\]/);
  });

  it('a page of the network is refused: only the whole network can be compared', () => {
    expect(() =>
      chainliftNetwork({
        supplierNetwork: {
          total: 2,
          nodes: [{ tier: 1, status: 'ACTIVE', company: A }],
          links: [],
        },
      }),
    ).toThrow(/page/);
  });

  it('KPIs: "1234.50" CNY from ChainLift equals "123450" fen from the peer; null rates stay null', () => {
    const chainlift = chainliftKpis({
      supplierKpis: [
        {
          supplier: { id: 'b', name: '乙' },
          orders: 3,
          delivered: 0,
          onTime: 0,
          onTimePerMille: null,
          openValue: { amount: '1234.50', currency: 'CNY' },
          leadTimeDaysTenths: null,
        },
        {
          supplier: { id: 'a', name: '甲' },
          orders: 5,
          delivered: 4,
          onTime: 3,
          onTimePerMille: 750,
          openValue: { amount: '0.00', currency: 'CNY' },
          leadTimeDaysTenths: 125,
        },
      ],
    });
    const rows = [
      {
        supplierId: 'a',
        supplierName: '甲',
        currency: 'CNY',
        orders: 5,
        delivered: 4,
        onTime: 3,
        onTimePerMille: 750,
        openValueFen: '0',
        leadTimeDaysTenths: 125,
      },
      {
        supplierId: 'b',
        supplierName: '乙',
        currency: 'CNY',
        orders: 3,
        delivered: 0,
        onTime: 0,
        onTimePerMille: null,
        openValueFen: '123450',
        leadTimeDaysTenths: null,
      },
    ];
    const peer = peerKpis({ supplierKpis: rows });
    expect(answerDifference(chainlift, peer)).toBeUndefined();
    const off = peerKpis({ supplierKpis: rows.slice(0, 1) });
    expect(answerDifference(chainlift, off)).toMatch(/ChainLift answered 2 rows, the peer 1/);
  });

  it("stock: the peer reads the holder's product name from the position, as ChainLift does", () => {
    const chainlift = chainliftStock({
      stock: [
        { sku: 'S2', productName: '齿轮-A1', warehouse: 'MAIN', quantity: 5 },
        { sku: 'S1', productName: '轴承座-B2', warehouse: 'WH-2', quantity: 0 },
        { sku: 'S1', productName: '轴承座-B2', warehouse: 'MAIN', quantity: 9 },
      ],
    });
    const peer = peerStock({
      companies: [
        {
          sharedStock: [
            { sku: 'S1', warehouse: 'MAIN', quantity: 9, productName: '轴承座-B2' },
            { sku: 'S1', warehouse: 'WH-2', quantity: 0, productName: '轴承座-B2' },
            { sku: 'S2', warehouse: 'MAIN', quantity: 5, productName: '齿轮-A1' },
          ],
        },
      ],
    });
    expect(answerDifference(chainlift, peer)).toBeUndefined();
    expect(() => peerStock({ companies: [] })).toThrow(/0 companies/);
  });

  it('risks: nested companies and flat ids give the same rows', () => {
    const chainlift = chainliftRisks({
      singleSourceRisks: [
        {
          buyer: { id: 'b', name: '乙' },
          product: '齿轮',
          supplier: { id: 'a', name: '甲' },
          buyerTier: 1,
        },
      ],
    });
    const peer = peerRisks({
      chains: [
        {
          singleSourceRisks: [
            {
              buyerId: 'b',
              buyerName: '乙',
              product: '齿轮',
              supplierId: 'a',
              supplierName: '甲',
              buyerTier: 1,
            },
          ],
        },
      ],
    });
    expect(answerDifference(chainlift, peer)).toBeUndefined();
  });

  it('the four questions ask both servers about the same chain, leader and stock owner', () => {
    const questions = peerQuestions({ chainId: 'c', leaderId: 'l', stockOwnerId: 's' });
    expect(questions.map((q) => q.name)).toEqual(['network', 'kpis', 'stock', 'risks']);
    const stock = questions.find((q) => q.name === 'stock')!;
    expect(stock.chainlift.variables).toEqual({ s: 's' });
    expect(stock.peer.variables).toEqual({ s: 's', v: 'l' });
    expect(questions.find((q) => q.name === 'kpis')!.peer.variables).toEqual({ b: 'l' });
  });
});
