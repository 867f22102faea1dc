import { mayViewRegionalStatistics } from './access';

describe('mayViewRegionalStatistics', () => {
  it('given an authority of 330200, when it asks, then its own region (a prefecture)', () =>
    expect(mayViewRegionalStatistics({ kind: 'AUTHORITY', regionCode: '330200' })).toEqual({
      ok: true,
      value: { code: '330200', level: 'PREFECTURE' },
    }));
  it.each([
    ['SME'],
    ['CHAIN_LEADER'],
    ['BANK'],
    ['WAREHOUSE_OPERATOR'],
    ['SERVICE_PROVIDER'],
    ['PLATFORM_OPERATOR'],
  ])('given a %s, when it asks, then FORBIDDEN', (kind) =>
    expect(mayViewRegionalStatistics({ kind, regionCode: '330200' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    }),
  );
  it('given an authority without a region, when it asks, then FORBIDDEN', () =>
    expect(mayViewRegionalStatistics({ kind: 'AUTHORITY', regionCode: null }).ok).toBe(false));
});
