import type { EventEnvelope } from '@chainlift/domain';
import { MINIMAL_CYPHER, minimalPlan, minimalStatements } from './ingest-minimal-writer';

let n = 0;
const event = (
  type: string,
  payload: object,
  occurredAt = '2026-12-06T02:00:00.000Z',
): EventEnvelope => ({
  id: `e${(n += 1)}`,
  type,
  version: 1,
  occurredAt,
  actor: { via: 'system' },
  payload,
});

const placed = (orderId: string, buyerId = 'b', supplierId = 's', totalFen = 1000) =>
  event('OrderPlaced', {
    orderId,
    number: `PO-${orderId}`,
    buyerId,
    supplierId,
    currency: 'CNY',
    totalFen,
    placedOn: '2026-12-06',
    promisedDate: '2026-12-20',
    lines: [{ sku: 'A', productName: 'a', quantity: 1, unitPriceFen: totalFen }],
  });

const stock = (
  companyId: string,
  mode: 'UPDATE' | 'SNAPSHOT',
  skus: string[],
  reportedAt: string,
) =>
  event('StockReported', {
    companyId,
    mode,
    reportedAt,
    positions: skus.map((sku) => ({ sku, productName: sku, warehouse: 'WH-EAST', quantity: 5 })),
  });

describe('the minimal writer’s one statement per batch', () => {
  it('given a mixed batch, then one statement per kind of write, in the order they depend on each other', () => {
    const statements = minimalStatements(
      [
        event('OrderActedOn', {
          orderId: 'o0',
          action: 'confirm',
          actorCompanyId: 's',
          on: '2026-12-07',
        }),
        placed('o1'),
        stock('c', 'UPDATE', ['A'], 't1'),
      ],
      'Asia/Shanghai',
    );
    expect(statements.map((s) => s.query)).toEqual([
      MINIMAL_CYPHER.placed,
      MINIMAL_CYPHER.acted,
      MINIMAL_CYPHER.stock,
      MINIMAL_CYPHER.counters,
    ]);
    expect(minimalStatements([], 'Asia/Shanghai')).toEqual([]);
  });

  it('given orders of one buyer and supplier, then one KPI change summed from the placements', () => {
    const params = minimalPlan(
      [placed('o1', 'b', 's', 1000), placed('o2', 'b', 's', 250), placed('o3', 'b', 'x', 7)],
      'Asia/Shanghai',
    );
    expect(params.kpis).toEqual([
      { buyerId: 'b', supplierId: 's', currency: 'CNY', orders: 2, openValueFen: 1250 },
      { buyerId: 'b', supplierId: 'x', currency: 'CNY', orders: 1, openValueFen: 7 },
    ]);
    expect(params.placed.map((p) => p.orderId)).toEqual(['o1', 'o2', 'o3']);
  });

  it('given a placement, then the supplier’s inbox item as the domain words it (params as JSON)', () => {
    const e = placed('o1');
    const params = minimalPlan([e], 'Asia/Shanghai');
    expect(params.notes).toEqual([
      {
        id: `${e.id}:ORDER_TO_CONFIRM:s`,
        kind: 'ORDER_TO_CONFIRM',
        recipientId: 's',
        causeEventId: e.id,
        subjectId: 'o1',
        link: '/orders/o1',
        params: '{"number":"PO-o1"}',
        occurredAt: e.occurredAt,
      },
    ]);
  });

  it('given actions, then each with its status after and the acting company counted', () => {
    const params = minimalPlan(
      [
        event('OrderActedOn', {
          orderId: 'o1',
          action: 'confirm',
          actorCompanyId: 's',
          on: '2026-12-07',
        }),
        event('OrderActedOn', {
          orderId: 'o1',
          action: 'ship',
          actorCompanyId: 's',
          on: '2026-12-08',
        }),
      ],
      'Asia/Shanghai',
    );
    expect(params.acted.map((a) => [a.action, a.status])).toEqual([
      ['confirm', 'CONFIRMED'],
      ['ship', 'SHIPPED'],
    ]);
    expect(params.activity).toEqual([
      { companyId: 's', day: '2026-12-06', kind: 'ORDER_ACTION', via: 'system', events: 2 },
    ]);
  });

  it('given events either side of midnight in the business time zone, then two activity days', () => {
    const params = minimalPlan(
      [
        stock('c', 'UPDATE', ['A'], '2026-12-06T15:59:00.000Z'),
        {
          ...stock('c', 'UPDATE', ['A'], '2026-12-06T16:01:00.000Z'),
          occurredAt: '2026-12-06T16:01:00.000Z',
        },
      ].map((e, i) => (i === 0 ? { ...e, occurredAt: '2026-12-06T15:59:00.000Z' } : e)),
      'Asia/Shanghai',
    );
    expect(params.activity.map((a) => [a.day, a.events])).toEqual([
      ['2026-12-06', 1],
      ['2026-12-07', 1],
    ]);
  });

  it('given a company’s update, snapshot, update, snapshot, then four generations in order', () => {
    const params = minimalPlan(
      [
        stock('c', 'UPDATE', ['A'], 't1'),
        stock('c', 'SNAPSHOT', ['B'], 't2'),
        stock('d', 'UPDATE', ['A'], 't3'),
        stock('c', 'UPDATE', ['C'], 't4'),
        stock('c', 'SNAPSHOT', ['A', 'C'], 't5'),
      ],
      'Asia/Shanghai',
    );
    expect(
      params.stock.map((g) => ({
        resets: g.resets.map((r) => [r.companyId, r.ids, r.at]),
        positions: g.positions.map((p) => [p.id, p.at]),
      })),
    ).toEqual([
      {
        resets: [],
        positions: [
          ['c/WH-EAST/A', 't1'],
          ['d/WH-EAST/A', 't3'],
        ],
      },
      {
        resets: [['c', ['c/WH-EAST/B'], 't2']],
        positions: [
          ['c/WH-EAST/B', 't2'],
          ['c/WH-EAST/C', 't4'],
        ],
      },
      {
        resets: [['c', ['c/WH-EAST/A', 'c/WH-EAST/C'], 't5']],
        positions: [
          ['c/WH-EAST/A', 't5'],
          ['c/WH-EAST/C', 't5'],
        ],
      },
    ]);
  });

  it('given a snapshot first, then generation 0 is there and empty', () => {
    const params = minimalPlan([stock('c', 'SNAPSHOT', ['A'], 't1')], 'Asia/Shanghai');
    expect(params.stock[0]).toEqual({ resets: [], positions: [] });
    expect(params.stock).toHaveLength(2);
  });

  it('given a receivable registered, then its tenor class and the debtor’s inbox item', () => {
    const e = event('ReceivableRegistered', {
      receivableId: 'r1',
      orderId: 'o1',
      invoiceNumber: 'INV-1',
      creditorId: 's',
      debtorId: 'b',
      amountFen: 120000,
      currency: 'CNY',
      issuedOn: '2026-12-06',
      dueDate: '2027-07-06',
    });
    const params = minimalPlan([e], 'Asia/Shanghai');
    expect(params.registered[0]!.longTenor).toBe(true);
    expect(params.notes[0]).toMatchObject({
      kind: 'RECEIVABLE_TO_CONFIRM',
      recipientId: 'b',
      params: '{"amountFen":"120000"}',
    });
  });

  it('given an event type it has no part for, then it throws instead of dropping it', () => {
    expect(() => minimalPlan([event('PriceReported', {})], 'Asia/Shanghai')).toThrow(
      /PriceReported/,
    );
  });
});
