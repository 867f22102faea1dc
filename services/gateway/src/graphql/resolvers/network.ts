/** The leader's view of its network: N tiers, paths, single-source risks; an SME's exposure. */
import { DomainFailure, fail, orThrow } from '@chainlift/domain';
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { money, pageArgs, pageOf, WHOLE_LIST } from './shared';

async function chainOrFail(ctx: Context, chainId: string) {
  const chain = await ctx.chains.byId(chainId);
  if (!chain)
    throw new DomainFailure({
      code: 'NOT_FOUND',
      message: `chain ${chainId} does not exist`,
      field: 'chainId',
    });
  return chain;
}

export const networkResolvers: Resolvers = {
  Query: {
    async supplierNetwork(_parent, { chainId, filter, first, offset }, ctx) {
      await ctx.auth.require('chain.network', { chainId });
      const at = pageArgs({ first, offset }, { fallback: 500, max: 10_000 });
      if (filter?.maxDepth != null && filter.maxDepth < 1)
        orThrow(fail('BAD_USER_INPUT', 'maxDepth must be 1 or more', 'maxDepth'));
      const chain = await chainOrFail(ctx, chainId);
      const { nodes, edges } = await ctx.network.network(chainId, chain.leaderId, filter ?? {});
      const page = pageOf(nodes, at);
      const shown = new Set([chain.leaderId, ...page.map((n) => n.company.id)]);
      return {
        chain,
        nodes: page,
        total: nodes.length,
        links: edges.filter((e) => shown.has(e.supplierId) && shown.has(e.buyerId)),
      };
    },
    async pathToLeader(_parent, { chainId, supplierId }, ctx) {
      await ctx.auth.require('chain.path', { chainId, supplierId });
      const chain = await chainOrFail(ctx, chainId);
      const path = await ctx.network.path(chainId, chain.leaderId, supplierId);
      return path ? Promise.all(path.map((id) => ctx.companies.mustGet(id))) : null;
    },
    async singleSourceRisks(_parent, { chainId, first, offset }, ctx) {
      await ctx.auth.require('chain.risks', { chainId });
      const at = pageArgs({ first, offset }, WHOLE_LIST);
      const chain = await chainOrFail(ctx, chainId);
      return pageOf(await ctx.network.risks(chainId, chain.leaderId), at);
    },
    async exposure(_parent, { companyId }, ctx) {
      await ctx.auth.require('company.exposure', { companyId });
      return ctx.network.exposure(companyId);
    },
  },
  NetworkNode: {},
  SingleSourceRisk: {
    // From the network snapshot when it holds the company (no promise per row); the leader is read.
    buyer: (r, _args, ctx) => r.buyer ?? ctx.companies.mustGet(r.buyerId),
    supplier: (r, _args, ctx) => r.supplier ?? ctx.companies.mustGet(r.supplierId),
  },
  Exposure: {
    chain: async (e, _args, ctx) => (await ctx.chains.byId(e.chainId))!,
    leader: (e, _args, ctx) => ctx.companies.mustGet(e.leaderId),
    orderValue: (e) => money(e.orderValueFen, e.currency),
    shareOfLeaderPurchasesPerMille: (e) => e.sharePerMille,
  },
};
