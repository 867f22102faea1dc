import { specFor } from '../shared/decider-spec';
import {
  companyRegistration,
  maySupply,
  mayTradeGoods,
  registerCompany,
  type CompanyRegistered,
} from './company';

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

describe('registerCompany: an authority registers the region it covers as a GB/T 2260 code', () => {
  it('given a division code, when an authority registers, then it is accepted', () =>
    expect(registerCompany({ ...input, kind: 'AUTHORITY', region: ' 330200 ' }, ID)).toMatchObject({
      ok: true,
      value: { kind: 'AUTHORITY', region: '330200' },
    }));
  it.each([['浙江省宁波市'], ['33020'], ['339900'], ['990000']])(
    'given region %s, when an authority registers, then BAD_USER_INPUT on region',
    (region) =>
      expect(registerCompany({ ...input, kind: 'AUTHORITY', region }, ID)).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT', field: 'region' },
      }),
  );
  it('given free text, when an SME registers, then it is accepted as before', () =>
    expect(registerCompany({ ...input, region: '宁波' }, ID).ok).toBe(true));
});

describe('CompanyRegistered (given the registry, when a company registers)', () => {
  const event: CompanyRegistered = {
    companyId: ID,
    name: 'A',
    uscc: '91350100M000100Y43',
    kind: 'SME',
    region: 'r',
    industry: 'i',
  };
  const given = (usccs: string[] = [], ids: string[] = []) =>
    specFor(companyRegistration).given({ usccs: new Set(usccs), ids: new Set(ids) });

  it('applies a new company', () => given().when(event).then(event));
  it('rejects a USCC already registered, also earlier in the same run (CONFLICT)', () => {
    given([event.uscc])
      .when(event)
      .thenFails('CONFLICT', /already registered/, 'uscc');
    given()
      .when(event, { ...event, companyId: 'other' })
      .thenFails('CONFLICT', /already registered/, 'uscc');
  });
  it('rejects a reused company id (CONFLICT)', () =>
    given([], [ID])
      .when(event)
      .thenFails('CONFLICT', /already in use/, 'companyId'));
  it('rejects an authority whose region is no division code, also when the event came another way', () =>
    given()
      .when({ ...event, kind: 'AUTHORITY', region: '浙江省' })
      .thenFails('BAD_USER_INPUT', /GB\/T 2260/, 'region'));
  it('applies an authority of a division code', () =>
    given()
      .when({ ...event, kind: 'AUTHORITY', region: '330000' })
      .then({ ...event, kind: 'AUTHORITY', region: '330000' }));
  it('rejects an event whose USCC check digit is wrong even if it passed the schema', () =>
    given()
      .when({ ...event, uscc: '91350100M000100Y44' })
      .thenFails('BAD_USER_INPUT'));
});

describe('who trades and who supplies', () => {
  it('trading is for chain leaders and SMEs', () => {
    expect(mayTradeGoods('SME', 'placing orders')).toEqual({ ok: true, value: true });
    expect(mayTradeGoods('CHAIN_LEADER', 'placing orders').ok).toBe(true);
    expect(mayTradeGoods('BANK', 'placing orders')).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'placing orders is for chain leaders and suppliers, not BANK',
      },
    });
  });
  it.each(['BANK', 'WAREHOUSE_OPERATOR', 'PLATFORM_OPERATOR'])(
    'a %s cannot be a supplier (finding 1, 6): BAD_USER_INPUT on the field',
    (kind) =>
      expect(maySupply(kind, 'uscc')).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT', field: 'uscc', message: expect.stringMatching(kind) },
      }),
  );
  it('chain leaders, SMEs and companies not yet on the platform can', () => {
    expect(maySupply('SME').ok).toBe(true);
    expect(maySupply('CHAIN_LEADER').ok).toBe(true);
    expect(maySupply(undefined).ok).toBe(true);
  });
});
