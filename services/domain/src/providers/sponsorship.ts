/**
 * 链主带动: a chain's leader recommends or sponsors a service product for its suppliers. A
 * sponsorship records the share of the product's monthly price the leader commits to pay for a
 * supplier that takes the product up — a commitment shown to both sides; the platform bills nothing.
 *
 *   - Who: the leader of the chain (its ADMIN: the gateway's policy checks the role; the company
 *     rule below is the one the gateway and the projector both ask).
 *   - Share: a percentage with at most two decimals, 0 to 100, kept exactly as basis points
 *     (0 = recommended without paying, 10 000 = the whole price).
 *   - Amounts: the leader's monthly share = price × share, half-up to the fen (finance/rates.ts);
 *     what the supplier pays = price − that share, so the two always add up to the price.
 *   - One ACTIVE sponsorship per (chain, product): a new share is an end and a new sponsorship.
 *   - Ending: the leader ends it (ACTIVE → ENDED, once); the record stays.
 *
 * Uptake: per tier of the chain, its members, those with an engagement of the product (proposed,
 * active or delivered) and those delivered.
 */
import type { ProductSponsoredV1, SponsorshipEndedV1 } from '../events/catalogue';
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { applyRateFen, BP, parsePercent } from '../finance/rates';

export const SPONSORSHIP_STATUSES = ['ACTIVE', 'ENDED'] as const;
export type SponsorshipStatus = (typeof SPONSORSHIP_STATUSES)[number];

export const MAX_SPONSORSHIP_NOTE = 500;

/** "50" / "12.5" percent → basis points, 0 to 100 %. */
export const parseSponsorShare = (text: string, field = 'share'): Result<number> =>
  parsePercent(text, field, BP);

/** The leader's part of a monthly price: price × share, half-up to the fen. */
export const monthlyShareFen = (monthlyPriceFen: number, shareBp: number): number =>
  applyRateFen(monthlyPriceFen, shareBp);

/** What the supplier pays per month once the leader's share is taken off. */
export const netMonthlyPriceFen = (monthlyPriceFen: number, shareBp: number): number =>
  monthlyPriceFen - monthlyShareFen(monthlyPriceFen, shareBp);

/** A chain's products are sponsored by its leader only; `leaderId` undefined: no such chain. */
export function maySponsorForChain(
  chainLeaderId: string | undefined,
  actorCompanyId: string,
): Result<true> {
  if (chainLeaderId === undefined) return fail('NOT_FOUND', 'the chain does not exist', 'chainId');
  return chainLeaderId === actorCompanyId
    ? ok(true)
    : fail('FORBIDDEN', "only the chain's leader sponsors products for its suppliers");
}

/** A sponsorship is ended by the leader that made it. */
export const mayEndSponsorship = (
  sponsorship: Pick<SponsorshipState, 'leaderId'>,
  actorCompanyId: string,
): Result<true> =>
  sponsorship.leaderId === actorCompanyId
    ? ok(true)
    : fail('FORBIDDEN', 'only the leader that sponsors a product ends its sponsorship');

/** The event a sponsorship is made by: `leaderId` must be the chain's leader. */
export type ProductSponsored = ProductSponsoredV1;
/** The event a sponsorship is ended by: `actorCompanyId` must be the sponsoring leader. */
export type SponsorshipEnded = SponsorshipEndedV1;

/** What sponsoring is decided against (the chains, products and sponsorships the events name). */
export interface SponsorProductState {
  /** chainId → its leader. */
  chains: Map<string, string>;
  /** productId → whether it can still be sponsored (ACTIVE) or was withdrawn. */
  products: Map<string, 'ACTIVE' | 'WITHDRAWN'>;
  /** Sponsorship ids already in use. */
  ids: Set<string>;
  /** `activeKey(chain, product)` → the ACTIVE sponsorship. */
  active: Map<string, string>;
}

export const activeSponsorshipKey = (chainId: string, productId: string) =>
  `${chainId}\u0000${productId}`;

export const sponsorProduct: Decider<SponsorProductState, ProductSponsored> = {
  decide(state, command) {
    if (state.ids.has(command.sponsorshipId))
      return fail('CONFLICT', `sponsorship id ${command.sponsorshipId} is already in use`);
    const who = maySponsorForChain(state.chains.get(command.chainId), command.leaderId);
    if (!who.ok) return who;
    const product = state.products.get(command.productId);
    if (product === undefined)
      return fail('NOT_FOUND', `service product ${command.productId} does not exist`, 'productId');
    if (product !== 'ACTIVE')
      return fail('CONFLICT', 'the product was withdrawn by its provider', 'productId');
    if (!Number.isInteger(command.shareBp) || command.shareBp < 0 || command.shareBp > BP)
      return fail('BAD_USER_INPUT', 'share must be a percentage from 0 to 100', 'share');
    if ((command.note ?? '').length > MAX_SPONSORSHIP_NOTE)
      return fail(
        'BAD_USER_INPUT',
        `a note has at most ${MAX_SPONSORSHIP_NOTE} characters`,
        'note',
      );
    if (state.active.has(activeSponsorshipKey(command.chainId, command.productId)))
      return fail(
        'CONFLICT',
        'the chain already sponsors this product: end that sponsorship first to change the share',
        'productId',
      );
    return ok(command);
  },
  evolve(state, command) {
    state.ids.add(command.sponsorshipId);
    state.active.set(
      activeSponsorshipKey(command.chainId, command.productId),
      command.sponsorshipId,
    );
    return state;
  },
};

export interface SponsorshipState {
  id: string;
  chainId: string;
  leaderId: string;
  productId: string;
  status: SponsorshipStatus;
}

/** The sponsorships the events name, by id. */
export type SponsorshipsState = Map<string, SponsorshipState>;

export const endSponsorship: Decider<SponsorshipsState, SponsorshipEnded> = {
  decide(state, command) {
    const sponsorship = state.get(command.sponsorshipId);
    if (!sponsorship || sponsorship.chainId !== command.chainId)
      return fail(
        'NOT_FOUND',
        `sponsorship ${command.sponsorshipId} does not exist`,
        'sponsorshipId',
      );
    const who = mayEndSponsorship(sponsorship, command.actorCompanyId);
    if (!who.ok) return who;
    if (sponsorship.status !== 'ACTIVE')
      return fail('CONFLICT', 'the sponsorship has ended already');
    return ok(command);
  },
  evolve(state, command) {
    state.get(command.sponsorshipId)!.status = 'ENDED';
    return state;
  },
};

/** A sponsorship as matching and pricing see it. */
export interface SponsorshipTerms {
  sponsorshipId: string;
  chainId: string;
  leaderId: string;
  productId: string;
  shareBp: number;
  status: SponsorshipStatus;
}

/** The ACTIVE sponsorships of a product among `sponsorships`, largest share first. */
export const activeSponsorshipsOf = <S extends SponsorshipTerms>(
  sponsorships: readonly S[],
  productId: string,
): S[] =>
  sponsorships
    .filter((s) => s.productId === productId && s.status === 'ACTIVE')
    .sort((a, b) => b.shareBp - a.shareBp || a.sponsorshipId.localeCompare(b.sponsorshipId));

/** The largest share any of `sponsorships` gives (a company in two chains takes the better one); 0 without. */
export const bestShareBp = (sponsorships: readonly Pick<SponsorshipTerms, 'shareBp'>[]): number =>
  sponsorships.reduce((best, s) => Math.max(best, s.shareBp), 0);

// ─── uptake ──────────────────────────────────────────────────────────────────────────────────

export type UptakeEngagementStatus = 'PROPOSED' | 'ACTIVE' | 'DELIVERED' | 'CANCELLED';

export interface TierUptake {
  /** null: members with no supply path to the leader. */
  tier: number | null;
  members: number;
  /** Members with an engagement of the product that was not cancelled. */
  engaged: number;
  delivered: number;
}

/**
 * Uptake of a sponsored product by tier: `members` of the chain with their tier, `engagements` of
 * the product by anyone (those of non-members are not counted). Tiers ascending, no tier last.
 */
export function uptakeByTier(
  members: readonly { companyId: string; tier: number | null }[],
  engagements: readonly { companyId: string; status: UptakeEngagementStatus }[],
): TierUptake[] {
  const engaged = new Set<string>();
  const delivered = new Set<string>();
  for (const e of engagements) {
    if (e.status === 'CANCELLED') continue;
    engaged.add(e.companyId);
    if (e.status === 'DELIVERED') delivered.add(e.companyId);
  }
  const byTier = new Map<number | null, TierUptake>();
  for (const m of new Map(members.map((m) => [m.companyId, m])).values()) {
    const row = byTier.get(m.tier) ?? { tier: m.tier, members: 0, engaged: 0, delivered: 0 };
    row.members += 1;
    if (engaged.has(m.companyId)) row.engaged += 1;
    if (delivered.has(m.companyId)) row.delivered += 1;
    byTier.set(m.tier, row);
  }
  return [...byTier.values()].sort((a, b) =>
    a.tier === null ? 1 : b.tier === null ? -1 : a.tier - b.tier,
  );
}
