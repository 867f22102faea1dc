import { parseBody, scopedEventId, toEvent } from './ingest-items';

const ME = '0b6f7f2e-3c1d-4a53-9a8e-2f4f5b8f9a01';
const OTHER = '1c6f7f2e-3c1d-4a53-9a8e-2f4f5b8f9a02';
const stock = (companyId: string) => ({
  type: 'StockReported',
  payload: {
    companyId,
    mode: 'UPDATE',
    reportedAt: '2026-11-23T04:00:00.000Z',
    positions: [{ sku: 'A', productName: 'A', warehouse: 'W', quantity: 3 }],
  },
});
const received = { at: new Date('2026-11-23T05:00:00Z'), timeZone: 'Asia/Shanghai' };
const RULES = { maxBackdateDays: 7 };

describe('ingestion items', () => {
  it('reads a JSON array or NDJSON, naming the bad line', () => {
    expect(parseBody([1, 2])).toEqual({ ok: true, value: [1, 2] });
    expect(parseBody('{"a":1}\n\n{"b":2}\n')).toEqual({ ok: true, value: [{ a: 1 }, { b: 2 }] });
    expect(parseBody('{"a":1}\n{oops')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^line 2 is not JSON/) },
    });
  });

  it('wraps an event about the key’s own company in an envelope', () => {
    const result = toEvent(stock(ME), ME, received, RULES);
    expect(result).toMatchObject({
      ok: true,
      value: {
        topic: 'chainlift.inventory',
        event: {
          type: 'StockReported',
          version: 1,
          occurredAt: received.at.toISOString(),
          actor: { via: 'ingest', companyId: ME },
        },
      },
    });
  });

  it('stamps the receive time and keeps the client’s id and time as declared; ids are scoped to the company', () => {
    const result = toEvent(
      { ...stock(ME), id: 'erp-42', occurredAt: '2020-01-01T00:00:00Z' },
      ME,
      received,
      RULES,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        event: {
          id: scopedEventId(ME, 'erp-42'),
          occurredAt: received.at.toISOString(),
          declared: { id: 'erp-42', occurredAt: '2020-01-01T00:00:00Z' },
        },
      },
    });
    expect(scopedEventId(ME, 'erp-42')).not.toBe(scopedEventId(OTHER, 'erp-42'));
    expect(scopedEventId(ME, 'erp-42')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
  });

  it('marks a backdated business date and refuses one beyond the bound', () => {
    const at = (reportedAt: string) => {
      const e = stock(ME);
      e.payload.reportedAt = reportedAt;
      return e;
    };
    expect(toEvent(at('2026-11-20T00:00:00Z'), ME, received, RULES)).toMatchObject({
      ok: true,
      value: { event: { declared: { backdated: { field: 'reportedAt', days: 3 } } } },
    });
    expect(toEvent(at('2026-11-01T00:00:00Z'), ME, received, RULES)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'payload.reportedAt' },
    });
  });

  it('refuses events about another company, types that are not ingestible, and contract violations', () => {
    expect(toEvent(stock(OTHER), ME, received, RULES)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(toEvent({ type: 'CompanyRegistered', payload: {} }, ME, received, RULES)).toMatchObject({
      ok: false,
      error: { field: 'type' },
    });
    const bad = stock(ME);
    (bad.payload.positions[0] as { quantity: number }).quantity = -1;
    const result = toEvent(bad, ME, received, RULES);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain('payload/positions/0/quantity');
  });
});
