import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { decodeMessage } from './decode';
import { HandlerFault } from './apply-batch';
import { isEventFault, isUnavailable } from './refusals';

const source = { topic: 'chainlift.inventory', partition: 0 };
const event = (quantity: number, productName = 'P') => ({
  id: randomUUID(),
  type: 'StockReported',
  version: 1,
  occurredAt: '2026-01-01T00:00:00Z',
  actor: { via: 'system' },
  payload: {
    companyId: randomUUID(),
    mode: 'UPDATE',
    reportedAt: '2026-01-01T00:00:00Z',
    positions: [{ sku: 'A', productName, warehouse: 'W', quantity }],
  },
});

describe('decoding a message', () => {
  it('reads a valid event within the size limit', () => {
    const e = event(3);
    const decoded = decodeMessage(Buffer.from(JSON.stringify(e)), source, { maxEventBytes: 4096 });
    expect(decoded).toEqual({ ok: true, event: e });
  });

  it('refuses a message above the size limit, saying how large, and keeps its event id', () => {
    const e = event(3, 'x'.repeat(200));
    const bytes = Buffer.from(JSON.stringify(e));
    const decoded = decodeMessage(bytes, source, { maxEventBytes: 200 });
    expect(decoded).toMatchObject({
      ok: false,
      reason: `message is too large: ${bytes.length} bytes, above the limit of 200 bytes (MAX_EVENT_BYTES)`,
      rejection: { eventId: e.id, code: 'BAD_USER_INPUT' },
    });
  });

  it('tells malformed JSON and contract violations apart', () => {
    const limits = { maxEventBytes: 4096 };
    expect(decodeMessage(Buffer.from('{"id": nope'), source, limits)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not JSON'),
      rejection: undefined,
    });
    const bad = event(-1);
    expect(decodeMessage(Buffer.from(JSON.stringify(bad)), source, limits)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('payload/positions/0/quantity'),
      rejection: { eventId: bad.id },
    });
  });
});

describe('telling a faulty event from an unavailable Neo4j', () => {
  const error = (code: string) => new Neo4jError('x', code, '50N42', 'error');

  it.each([
    'Neo.ClientError.Schema.ConstraintValidationFailed',
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Statement.ArithmeticError',
  ])('%s: the event is at fault', (code) => {
    expect(isEventFault(error(code))).toBe(true);
    expect(isUnavailable(error(code))).toBe(false);
  });

  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.ClientError.Transaction.Terminated',
    'Neo.ClientError.Cluster.NotALeader',
  ])('%s: try again later', (code) => {
    expect(isEventFault(error(code))).toBe(false);
    expect(isUnavailable(error(code))).toBe(true);
  });

  it('leaves other errors (bugs) alone', () => {
    expect(isUnavailable(new TypeError('x'))).toBe(false);
    expect(isEventFault(new TypeError('x'))).toBe(false);
  });

  it('counts a handler that threw on its events as their fault (the culprit is then set aside)', () => {
    expect(isEventFault(new HandlerFault('InventoryLoanActedOn', new RangeError('x')))).toBe(true);
    expect(isUnavailable(new HandlerFault('InventoryLoanActedOn', new RangeError('x')))).toBe(
      false,
    );
  });
});
