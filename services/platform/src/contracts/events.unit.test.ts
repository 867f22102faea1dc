import { decodeEvent, salvageEventId, validateEvent } from './events';

const good = {
  id: '2c1c7d1e-8a5b-4e5f-9d51-7c0e1f3a2b4c',
  type: 'CompanyRegistered',
  version: 1,
  occurredAt: '2026-11-23T04:00:00.000Z',
  actor: { via: 'graphql' },
  payload: {
    companyId: '0b6f7f2e-3c1d-4a53-9a8e-2f4f5b8f9a01',
    name: '甬华电器',
    uscc: '91350100M000100Y43',
    kind: 'SME',
    region: '浙江省宁波市',
    industry: '家电零部件',
  },
};

describe('event contracts (schema/events)', () => {
  it('accepts an event that matches envelope and payload', () => {
    expect(decodeEvent(Buffer.from(JSON.stringify(good)))).toEqual({ ok: true, value: good });
  });

  it('names the broken field of a payload', () => {
    const result = validateEvent({ ...good, payload: { ...good.payload, kind: 'FACTORY' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain('payload/kind');
  });

  it('rejects an unknown type and lists the known ones', () => {
    const result = validateEvent({ ...good, type: 'CompanyVanished' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('CompanyRegistered.v1');
  });

  it('rejects bytes that are not JSON, and an envelope with extra fields', () => {
    expect(decodeEvent(Buffer.from('{oops'))).toMatchObject({ ok: false });
    expect(validateEvent({ ...good, extra: 1 })).toMatchObject({ ok: false });
  });

  it('salvages the id of an invalid event when it can', () => {
    expect(salvageEventId(Buffer.from(JSON.stringify({ id: good.id, type: 1 })))).toBe(good.id);
    expect(salvageEventId(Buffer.from('nope'))).toBeUndefined();
  });
});
