import { decideRegistration, registerCompany, type CompanyRegistered } from './company';

const ID = '0b6f7f2e-3c1d-4a53-9a8e-2f4f5b8f9a01';
const input = {
  name: ' 宁波甬华电器 ',
  uscc: '91350100M000100Y43',
  kind: 'SME',
  region: '浙江省宁波市',
  industry: '家电零部件',
};

describe('registerCompany (input rule)', () => {
  it('trims text and returns the event payload', () => {
    expect(registerCompany(input, ID)).toEqual({
      ok: true,
      value: {
        companyId: ID,
        name: '宁波甬华电器',
        uscc: '91350100M000100Y43',
        kind: 'SME',
        region: '浙江省宁波市',
        industry: '家电零部件',
      },
    });
  });

  it.each([
    ['name', { name: '  ' }],
    ['uscc', { uscc: '91350100M000100Y44' }],
    ['kind', { kind: 'FACTORY' }],
    ['region', { region: '' }],
    ['industry', { industry: 'x'.repeat(101) }],
  ])('rejects a bad %s with BAD_USER_INPUT naming the field', (field, change) => {
    const result = registerCompany({ ...input, ...change }, ID);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field } });
  });
});

describe('decideRegistration (given the registry, when a company registers)', () => {
  const event: CompanyRegistered = {
    companyId: ID,
    name: 'A',
    uscc: '91350100M000100Y43',
    kind: 'SME',
    region: 'r',
    industry: 'i',
  };
  const registry = (usccs: string[], ids: string[]) => ({
    usccTaken: (u: string) => usccs.includes(u),
    idTaken: (i: string) => ids.includes(i),
  });

  it('applies a new company', () => {
    expect(decideRegistration(registry([], []), event)).toEqual({ ok: true, value: event });
  });

  it('rejects a USCC already registered with CONFLICT', () => {
    expect(decideRegistration(registry([event.uscc], []), event)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'uscc' },
    });
  });

  it('rejects a reused company id with CONFLICT', () => {
    expect(decideRegistration(registry([], [ID]), event)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'companyId' },
    });
  });

  it('rejects an event whose USCC check digit is wrong even if it passed the schema', () => {
    expect(
      decideRegistration(registry([], []), { ...event, uscc: '91350100M000100Y44' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT' },
    });
  });
});
