/**
 * Matching to measured gaps, the leaders' sponsorships and outcomes measured from evidence: thin
 * resolvers over the domain's providers rules (matching.ts, sponsorship.ts, outcomes.ts).
 */
import { randomUUID } from 'node:crypto';
import {
  activeSponsorshipKey,
  activeSponsorshipsOf,
  CURRENT_QUESTIONNAIRE,
  DEFAULT_CURRENCY,
  endSponsorship,
  evidencedLevels,
  evidenceFor,
  evidenceWindow,
  fail,
  formatPercent,
  IN_NETWORK,
  MAX_SPONSORSHIP_NOTE,
  monthlyShareFen,
  NO_FACTS,
  orThrow,
  outcomeDates,
  parseServiceBudget,
  parseSponsorShare,
  productOutcomes,
  recommendProducts,
  sponsorProduct,
  uptakeByTier,
  type BusinessDate,
  type EvidencedLevels,
  type MeasuredEngagement,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { DeliveredEngagementRow, SponsorshipRow } from '../../reads/matching';
import type { ServiceProductRow } from '../../reads/providers';
import type { Resolvers } from '../generated';
import { actorOf, money } from './shared';

const Q = CURRENT_QUESTIONNAIRE;

/** The evidenced levels of these companies as of `on` (the 90-day window ending that day). */
async function levelsOn(
  ctx: Context,
  companyIds: string[],
  on: BusinessDate,
): Promise<Map<string, EvidencedLevels>> {
  const facts = await ctx.assessments.evidenceFacts(companyIds, evidenceWindow(on));
  return new Map(
    companyIds.map((id) => [id, evidencedLevels(evidenceFor(facts.get(id) ?? NO_FACTS, null, Q))]),
  );
}

/** Delivered engagements with their evidence when they began, on delivery and 90 days on (once come). */
export async function measure(
  ctx: Context,
  rows: readonly DeliveredEngagementRow[],
): Promise<MeasuredEngagement[]> {
  const today = ctx.calendar.today();
  const dated = rows.map((row) => ({ row, dates: outcomeDates(row, today) }));
  const wanted = new Map<BusinessDate, Set<string>>();
  for (const { row, dates } of dated)
    for (const on of [dates.began, dates.delivered, dates.followUp])
      if (on !== null) wanted.set(on, (wanted.get(on) ?? new Set()).add(row.companyId));
  const byDate = new Map<BusinessDate, Map<string, EvidencedLevels>>();
  for (const [on, ids] of wanted) byDate.set(on, await levelsOn(ctx, [...ids], on));
  const at = (on: BusinessDate, companyId: string) => byDate.get(on)!.get(companyId)!;
  return dated.map(({ row, dates }) => ({
    ...row,
    began: at(dates.began, row.companyId),
    delivered: at(dates.delivered, row.companyId),
    followUp: dates.followUp === null ? null : at(dates.followUp, row.companyId),
  }));
}

/** The sponsorships offered to a company, each with its leader's name for the reasons. */
async function offeredTo(ctx: Context, companyId: string) {
  const rows = await ctx.matching.forMember(companyId);
  return Promise.all(
    rows.map(async (s) => ({
      ...s,
      sponsorshipId: s.id,
      leaderName: (await ctx.companies.byId(s.leaderId))?.name,
    })),
  );
}

export async function recommendationsFor(ctx: Context, companyId: string) {
  const company = await ctx.companies.mustGet(companyId);
  const [latest, facts, planTargets, budgetFen, sponsorships, products] = await Promise.all([
    ctx.assessments.latest(companyId),
    ctx.assessments.evidenceFacts([companyId], evidenceWindow(ctx.calendar.today())),
    ctx.matching.planTargets(companyId),
    ctx.matching.budget(companyId),
    offeredTo(ctx, companyId),
    ctx.providers.products({ providerId: null, activeOnly: true }),
  ]);
  const declared = latest?.result
    ? Object.fromEntries(latest.result.scenarios.map((s) => [s.scenarioId, s.level]))
    : null;
  const result = recommendProducts({
    questionnaire: Q,
    declared,
    evidence: evidenceFor(facts.get(companyId) ?? NO_FACTS, declared, Q),
    planTargets,
    industry: company.industry,
    // Company.regionCode: stored by the projector (from the USCC, else the region text mapped).
    regionCode: company.regionCode ?? null,
    budgetFen,
    sponsorships,
    products: products.map((p) => ({ ...p, productId: p.id })),
  });
  return {
    company,
    budget: budgetFen === null ? null : money(budgetFen, DEFAULT_CURRENCY),
    gaps: result.gaps,
    items: result.items.map((i) => ({
      product: i.product,
      reasons: i.reasons,
      sponsorships: i.sponsorships,
      netMonthlyPrice: money(i.netMonthlyPriceFen, DEFAULT_CURRENCY),
    })),
    emptyReason: result.emptyReason,
  };
}

/** Measured outcomes of products: the scenarios their current versions target and their delivered engagements. */
async function outcomesOf(ctx: Context, products: readonly ServiceProductRow[]) {
  const delivered = await ctx.matching.deliveredOfProducts(products.map((p) => p.id));
  return productOutcomes(
    Q,
    products.flatMap((p) => p.scenarios.map((s) => s.scenarioId)),
    await measure(ctx, delivered),
  );
}

const mustSponsorship = async (ctx: Context, id: string): Promise<SponsorshipRow> => {
  const row = await ctx.matching.sponsorship(id);
  return row ?? orThrow(fail('NOT_FOUND', `sponsorship ${id} does not exist`, 'sponsorshipId'));
};

export const matchingResolvers: Resolvers = {
  Query: {
    async recommendedProducts(_parent, { companyId }, ctx) {
      await ctx.auth.require('matching.recommendations', { companyId }, 'service recommendations');
      return recommendationsFor(ctx, companyId);
    },
    async chainSponsorships(_parent, { chainId }, ctx) {
      await ctx.auth.require('sponsorship.chain', { chainId });
      const chain = (await ctx.chains.byId(chainId))!;
      const [sponsorships, { nodes }] = await Promise.all([
        ctx.matching.ofChain(chainId),
        ctx.network.network(chainId, chain.leaderId, { statuses: [...IN_NETWORK] }),
      ]);
      const members = nodes.map((n) => ({ companyId: n.company.id, tier: n.tier }));
      const engagements = await ctx.matching.engagementsOfProducts(
        sponsorships.map((s) => s.productId),
        members.map((m) => m.companyId),
      );
      return sponsorships.map((sponsorship) => ({
        sponsorship,
        byTier: uptakeByTier(members, engagements.get(sponsorship.productId) ?? []),
      }));
    },
    async mySponsorships(_parent, _args, ctx) {
      const user = await ctx.auth.require('sponsorship.mine');
      return ctx.matching.forMember(user.companyId);
    },
    async providerOutcomes(_parent, { providerId }, ctx) {
      await ctx.auth.require('provider.outcomes');
      const provider = await ctx.companies.byId(providerId);
      if (provider?.kind !== 'SERVICE_PROVIDER')
        orThrow(fail('NOT_FOUND', `service provider ${providerId} does not exist`, 'providerId'));
      const products = await ctx.providers.products({ providerId, activeOnly: false });
      return { provider: provider!, products, outcomes: await outcomesOf(ctx, products) };
    },
  },
  Mutation: {
    async setServiceBudget(_parent, { monthlyCap }, ctx) {
      const user = await ctx.auth.require('matching.budget');
      const monthlyCapFen = orThrow(parseServiceBudget(monthlyCap));
      await ctx.events.apply(
        'ServiceBudgetSet',
        { companyId: user.companyId, monthlyCapFen },
        actorOf(user),
      );
      return recommendationsFor(ctx, user.companyId);
    },
    async sponsorServiceProduct(_parent, { input }, ctx) {
      const { chainId, productId } = input;
      const user = await ctx.auth.require('sponsorship.sponsor', { chainId });
      const shareBp = orThrow(parseSponsorShare(input.share));
      const note = input.note?.trim();
      if (note && note.length > MAX_SPONSORSHIP_NOTE)
        orThrow(
          fail('BAD_USER_INPUT', `a note has at most ${MAX_SPONSORSHIP_NOTE} characters`, 'note'),
        );
      const [chain, product, active] = await Promise.all([
        ctx.chains.byId(chainId),
        ctx.providers.product(productId),
        ctx.matching.activeFor(chainId, productId),
      ]);
      const sponsored = {
        sponsorshipId: randomUUID(),
        chainId,
        leaderId: user.companyId,
        productId,
        shareBp,
        ...(note ? { note } : {}),
      };
      // Refused early, before publishing: the rule the projector applies.
      orThrow(
        sponsorProduct.decide(
          {
            chains: new Map(chain ? [[chain.id, chain.leaderId]] : []),
            products: new Map(product ? [[product.id, product.status]] : []),
            ids: new Set(),
            active: new Map(active ? [[activeSponsorshipKey(chainId, productId), active.id]] : []),
          },
          sponsored,
        ),
      );
      await ctx.events.apply('ProductSponsored', sponsored, actorOf(user));
      return mustSponsorship(ctx, sponsored.sponsorshipId);
    },
    async endSponsorship(_parent, { sponsorshipId }, ctx) {
      const user = await ctx.auth.require('sponsorship.end', { sponsorshipId });
      const row = await mustSponsorship(ctx, sponsorshipId);
      const ended = { sponsorshipId, chainId: row.chainId, actorCompanyId: user.companyId };
      orThrow(endSponsorship.decide(new Map([[row.id, row]]), ended));
      await ctx.events.apply('SponsorshipEnded', ended, actorOf(user));
      return mustSponsorship(ctx, sponsorshipId);
    },
  },
  Sponsorship: {
    chain: async (s, _args, ctx) => (await ctx.chains.byId(s.chainId))!,
    leader: (s, _args, ctx) => ctx.companies.mustGet(s.leaderId),
    product: async (s, _args, ctx) => (await ctx.providers.product(s.productId))!,
    share: (s) => formatPercent(s.shareBp),
    monthlyShare: async (s, _args, ctx) => {
      const product = (await ctx.providers.product(s.productId))!;
      return money(monthlyShareFen(product.monthlyPriceFen, s.shareBp), DEFAULT_CURRENCY);
    },
  },
  ServiceProduct: {
    async outcomes(p, _args, ctx) {
      await ctx.auth.require('serviceProduct.outcomes');
      return outcomesOf(ctx, [p]);
    },
  },
  Engagement: {
    /** The best ACTIVE sponsorship of the product by the engaging company's leaders. */
    async sponsorship(e, _args, ctx) {
      await ctx.auth.require('engagement.sponsorship', {
        engagementId: e.id,
        companyId: e.companyId,
      });
      const offered = (await ctx.matching.forMember(e.companyId)).map((s) => ({
        ...s,
        sponsorshipId: s.id,
      }));
      return activeSponsorshipsOf(offered, e.productId)[0] ?? null;
    },
  },
};
