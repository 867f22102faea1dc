import { specFor } from '../shared/decider-spec';
import {
  activeSponsorshipKey,
  activeSponsorshipsOf,
  bestShareBp,
  endSponsorship,
  maySponsorForChain,
  monthlyShareFen,
  netMonthlyPriceFen,
  parseSponsorShare,
  sponsorProduct,
  uptakeByTier,
  type ProductSponsored,
  type SponsorProductState,
  type SponsorshipsState,
  type SponsorshipTerms,
} from './sponsorship';

const sponsorState = (over: Partial<SponsorProductState> = {}): SponsorProductState => ({
  chains: new Map([['chain-1', 'leader']]),
  products: new Map([
    ['p-1', 'ACTIVE'],
    ['p-old', 'WITHDRAWN'],
  ]),
  ids: new Set(),
  active: new Map(),
  ...over,
});

const sponsored: ProductSponsored = {
  sponsorshipId: 's-1',
  chainId: 'chain-1',
  leaderId: 'leader',
  productId: 'p-1',
  shareBp: 5000,
  note: '链主承担一半',
};

describe('the share and the amounts', () => {
  it('reads a percentage 0 to 100 with at most two decimals, exactly, as basis points', () => {
    expect(parseSponsorShare('50')).toEqual({ ok: true, value: 5000 });
    expect(parseSponsorShare('12.5')).toEqual({ ok: true, value: 1250 });
    expect(parseSponsorShare('0')).toEqual({ ok: true, value: 0 });
    expect(parseSponsorShare('100')).toEqual({ ok: true, value: 10_000 });
    expect(parseSponsorShare('100.01')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'share' },
    });
    expect(parseSponsorShare('33.333')).toMatchObject({ ok: false, error: { field: 'share' } });
    expect(parseSponsorShare('-5')).toMatchObject({ ok: false });
  });
  it("rounds the leader's monthly share half-up to the fen; the supplier pays the rest", () => {
    // 99.99 元 × 33.33 % = 33.326667 元 → 33.33 元
    expect(monthlyShareFen(9999, 3333)).toBe(3333);
    expect(netMonthlyPriceFen(9999, 3333)).toBe(6666);
    // 0.05 元 × 50 % = 0.025 元 → 0.03 元 (half-up), the supplier pays 0.02
    expect(monthlyShareFen(5, 5000)).toBe(3);
    expect(netMonthlyPriceFen(5, 5000)).toBe(2);
    expect(netMonthlyPriceFen(300_000, 0)).toBe(300_000);
    expect(netMonthlyPriceFen(300_000, 10_000)).toBe(0);
  });
  it('stays exact for the largest prices', () => {
    expect(monthlyShareFen(10_000_000_000_000, 3333)).toBe(3_333_000_000_000);
  });
});

describe('maySponsorForChain', () => {
  it("lets the chain's leader sponsor; another company is FORBIDDEN; no chain is NOT_FOUND", () => {
    expect(maySponsorForChain('leader', 'leader')).toEqual({ ok: true, value: true });
    expect(maySponsorForChain('leader', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(maySponsorForChain(undefined, 'leader')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'chainId' },
    });
  });
});

describe('ProductSponsored', () => {
  const given = (over?: Partial<SponsorProductState>) =>
    specFor(sponsorProduct).given(sponsorState(over));
  it("accepts the leader's sponsorship of an active product", () =>
    given().when(sponsored).then(sponsored));
  it('accepts a recommendation without paying (share 0) and the whole price (100 %)', () => {
    given()
      .when({ ...sponsored, shareBp: 0 })
      .then({ ...sponsored, shareBp: 0 });
    given()
      .when({ ...sponsored, shareBp: 10_000 })
      .then({ ...sponsored, shareBp: 10_000 });
  });
  it('refuses a company that is not the chain leader (FORBIDDEN)', () =>
    given()
      .when({ ...sponsored, leaderId: 'sme' })
      .thenFails('FORBIDDEN', /leader/));
  it('refuses an unknown chain or product (NOT_FOUND)', () => {
    given()
      .when({ ...sponsored, chainId: 'ghost' })
      .thenFails('NOT_FOUND', /chain/, 'chainId');
    given()
      .when({ ...sponsored, productId: 'ghost' })
      .thenFails('NOT_FOUND', /product/, 'productId');
  });
  it('refuses a withdrawn product (CONFLICT)', () =>
    given()
      .when({ ...sponsored, productId: 'p-old' })
      .thenFails('CONFLICT', /withdrawn/));
  it('refuses a share outside 0..100 % or not whole basis points (BAD_USER_INPUT)', () => {
    for (const shareBp of [-1, 10_001, 12.5])
      given()
        .when({ ...sponsored, shareBp })
        .thenFails('BAD_USER_INPUT', /share/, 'share');
  });
  it('refuses a note over 500 characters', () =>
    given()
      .when({ ...sponsored, note: 'x'.repeat(501) })
      .thenFails('BAD_USER_INPUT', /note/, 'note'));
  it('keeps one ACTIVE sponsorship per chain and product, also within one run (CONFLICT)', () => {
    given({ active: new Map([[activeSponsorshipKey('chain-1', 'p-1'), 's-0']]) })
      .when(sponsored)
      .thenFails('CONFLICT', /already sponsors/);
    given()
      .when(sponsored, { ...sponsored, sponsorshipId: 's-2', shareBp: 8000 })
      .thenFails('CONFLICT', /already sponsors/);
  });
  it('lets another chain sponsor the same product', () => {
    const other = { ...sponsored, sponsorshipId: 's-2', chainId: 'chain-2', leaderId: 'leader-2' };
    given({
      chains: new Map([
        ['chain-1', 'leader'],
        ['chain-2', 'leader-2'],
      ]),
    })
      .when(sponsored, other)
      .then(other);
  });
  it('refuses a sponsorship id in use (CONFLICT)', () =>
    given({ ids: new Set(['s-1']) })
      .when(sponsored)
      .thenFails('CONFLICT', /in use/));
});

describe('SponsorshipEnded', () => {
  const state = (): SponsorshipsState =>
    new Map([
      [
        's-1',
        { id: 's-1', chainId: 'chain-1', leaderId: 'leader', productId: 'p-1', status: 'ACTIVE' },
      ],
    ]);
  const given = (s = state()) => specFor(endSponsorship).given(s);
  const ended = { sponsorshipId: 's-1', chainId: 'chain-1', actorCompanyId: 'leader' };
  it('lets the sponsoring leader end it', () => given().when(ended).then(ended));
  it('refuses anyone else (FORBIDDEN)', () =>
    given()
      .when({ ...ended, actorCompanyId: 'sme' })
      .thenFails('FORBIDDEN'));
  it('refuses an unknown sponsorship (NOT_FOUND)', () =>
    given()
      .when({ ...ended, sponsorshipId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'sponsorshipId'));
  it('refuses a sponsorship named under another chain (NOT_FOUND)', () =>
    given()
      .when({ ...ended, chainId: 'chain-2' })
      .thenFails('NOT_FOUND', /does not exist/, 'sponsorshipId'));
  it('ends once: a second end is a CONFLICT, also within one run', () =>
    given()
      .when(ended, ended)
      .thenFails('CONFLICT', /ended already/));
  it('lets the chain sponsor the product anew once ended (a new share is end + sponsor)', () => {
    // The projector's load puts only ACTIVE sponsorships into `active`: an ENDED one is not there.
    specFor(sponsorProduct)
      .given(sponsorState({ ids: new Set(['s-1']) }))
      .when({ ...sponsored, sponsorshipId: 's-2', shareBp: 8000 })
      .thenAccepts((d) => expect(d.shareBp).toBe(8000));
  });
});

describe('the sponsorships offered to a company', () => {
  const terms = (id: string, over: Partial<SponsorshipTerms> = {}): SponsorshipTerms => ({
    sponsorshipId: id,
    chainId: 'chain-1',
    leaderId: 'leader',
    productId: 'p-1',
    shareBp: 5000,
    status: 'ACTIVE',
    ...over,
  });
  it("takes a product's ACTIVE ones, largest share first, and the best share of them", () => {
    const all = [
      terms('a', { shareBp: 2000, chainId: 'chain-2' }),
      terms('b', { shareBp: 6000 }),
      terms('c', { shareBp: 9000, status: 'ENDED' }),
      terms('d', { productId: 'p-2', shareBp: 10_000 }),
    ];
    const offered = activeSponsorshipsOf(all, 'p-1');
    expect(offered.map((s) => s.sponsorshipId)).toEqual(['b', 'a']);
    expect(bestShareBp(offered)).toBe(6000);
    expect(bestShareBp([])).toBe(0);
  });
});

describe('uptakeByTier', () => {
  it('counts members, engaged (not cancelled) and delivered by tier, no tier last', () => {
    const members = [
      { companyId: 'a', tier: 1 },
      { companyId: 'b', tier: 1 },
      { companyId: 'c', tier: 2 },
      { companyId: 'd', tier: null },
      { companyId: 'e', tier: 2 },
    ];
    const engagements = [
      { companyId: 'a', status: 'DELIVERED' as const },
      { companyId: 'a', status: 'PROPOSED' as const },
      { companyId: 'b', status: 'CANCELLED' as const },
      { companyId: 'c', status: 'ACTIVE' as const },
      { companyId: 'outsider', status: 'DELIVERED' as const },
    ];
    expect(uptakeByTier(members, engagements)).toEqual([
      { tier: 1, members: 2, engaged: 1, delivered: 1 },
      { tier: 2, members: 2, engaged: 1, delivered: 0 },
      { tier: null, members: 1, engaged: 0, delivered: 0 },
    ]);
  });
  it('counts a member once even when listed twice (several supply paths)', () => {
    expect(
      uptakeByTier(
        [
          { companyId: 'a', tier: 1 },
          { companyId: 'a', tier: 1 },
        ],
        [],
      ),
    ).toEqual([{ tier: 1, members: 1, engaged: 0, delivered: 0 }]);
  });
});
