/** Chains, onboarding (single invitations and CSV imports), membership, supply links. */
import { randomUUID } from 'node:crypto';
import {
  chainName,
  DomainFailure,
  invitationExpiresAt,
  mayBeInvited,
  maySignUpByLink,
  orThrow,
  checkSupplierRow,
  parseSupplierUpload,
  type RowProblem,
  type SupplierRow,
} from '@chainlift/domain';
import type { PayloadOf } from '@chainlift/domain';
import { generateInvitationToken } from '../../auth/invitation-tokens';
import type { UserPrincipal } from '../../auth/principal';
import type { Context } from '../../context';
import type { ImportReport, ImportRow, Resolvers } from '../generated';
import { actorOf } from './shared';

const notFound = (message: string, field?: string) =>
  new DomainFailure({ code: 'NOT_FOUND', message, ...(field ? { field } : {}) });

/**
 * Checks the rows against the chain (the domain's invitation rules, row by row: a company that
 * cannot supply is an invalid row with its reason), then — only when every row is valid — invites
 * them in one event.
 */
async function inviteRows(
  ctx: Context,
  user: UserPrincipal,
  chainId: string,
  rows: SupplierRow[],
  parseProblems: RowProblem[],
): Promise<ImportReport> {
  const known = await ctx.chains.inviteesByUscc(
    chainId,
    rows.map((r) => r.uscc),
  );
  const leaderId = (await ctx.chains.byId(chainId))?.leaderId ?? '';
  const expiresAt = invitationExpiresAt(ctx.calendar.now());
  const problems = [...parseProblems];
  const planned = rows.flatMap((r) => {
    const existing = known.get(r.uscc);
    const result = mayBeInvited(existing, user.companyId, leaderId);
    if (!result.ok) {
      problems.push({ row: r.row, uscc: r.uscc, name: r.name, message: result.error.message });
      return [];
    }
    const status: ImportRow['status'] = !existing
      ? 'CREATED'
      : result.value === 'ALREADY_MEMBER'
        ? 'ALREADY_MEMBER'
        : 'INVITED';
    // A sign-up link only for a company the invitation creates (or a fresh one for a company an
    // earlier invitation of this chain created, still invited and with nobody to log in).
    const link =
      maySignUpByLink(existing) && (status !== 'ALREADY_MEMBER' || existing?.status === 'INVITED')
        ? generateInvitationToken()
        : undefined;
    return [{ ...r, companyId: existing?.companyId ?? randomUUID(), status, link }];
  });
  const invalid: ImportRow[] = problems.map((p) => ({
    row: p.row,
    uscc: p.uscc,
    name: p.name,
    status: 'INVALID',
    message: p.message,
  }));
  const count = (status: ImportRow['status']) => planned.filter((p) => p.status === status).length;
  const report = (applied: boolean, eventId: string | null): ImportReport => ({
    applied,
    created: applied ? count('CREATED') : 0,
    invited: applied ? count('INVITED') : 0,
    alreadyMembers: count('ALREADY_MEMBER'),
    invalid: invalid.length,
    eventId,
    rows: [
      ...invalid,
      ...planned.map((p) => ({
        row: p.row,
        uscc: p.uscc,
        name: p.name,
        status: p.status,
        message: applied
          ? null
          : 'not imported: correct the invalid rows and upload the file again',
        invitationToken: applied && p.link ? p.link.token : null,
        invitationExpiresAt: applied && p.link ? expiresAt : null,
      })),
    ].sort((a, b) => a.row - b.row),
  });
  if (invalid.length > 0) return report(false, null);
  const suppliers = planned
    .filter((p) => p.status !== 'ALREADY_MEMBER' || p.link)
    .map((p) => ({
      companyId: p.companyId,
      name: p.name,
      uscc: p.uscc,
      email: p.email,
      supplies: p.supplies,
      ...(p.link ? { invitation: { tokenHash: p.link.tokenHash, expiresAt } } : {}),
    }));
  if (suppliers.length === 0) return report(true, null);
  const eventId = await ctx.events.apply(
    'SuppliersInvited',
    { chainId, inviterId: user.companyId, suppliers },
    actorOf(user),
  );
  return report(true, eventId);
}

async function membershipOrFail(ctx: Context, chainId: string, companyId: string) {
  const membership = await ctx.chains.membership(chainId, companyId);
  if (!membership) throw notFound('this company is not a member of the chain', 'companyId');
  return membership;
}

export const chainResolvers: Resolvers = {
  Query: {
    async chain(_parent, { id }, ctx) {
      await ctx.auth.require('chain.read', { chainId: id });
      return (await ctx.chains.byId(id)) ?? null;
    },
    async myChains(_parent, _args, ctx) {
      const user = await ctx.auth.user();
      return ctx.chains.ofCompany(user.companyId);
    },
    async mySuppliers(_parent, { chainId }, ctx) {
      const user = await ctx.auth.require('supplier.list');
      return ctx.chains.suppliersOf(user.companyId, chainId ?? null);
    },
    async myBuyers(_parent, _args, ctx) {
      const user = await ctx.auth.require('supplier.list');
      return ctx.chains.buyersOf(user.companyId);
    },
  },
  Mutation: {
    async createChain(_parent, { name }, ctx) {
      const user = await ctx.auth.require('chain.create');
      const trimmed = orThrow(chainName(name));
      const chainId = randomUUID();
      await ctx.events.apply(
        'ChainCreated',
        { chainId, leaderId: user.companyId, name: trimmed },
        actorOf(user),
      );
      return (await ctx.chains.byId(chainId))!;
    },
    async inviteSupplier(_parent, { chainId, supplier }, ctx) {
      const user = await ctx.auth.require('chain.invite', { chainId });
      // The row rule of a CSV import (every limit of the event contract), field by field.
      const checked = checkSupplierRow({
        name: supplier.name,
        uscc: supplier.uscc,
        email: supplier.email,
        supplies: supplier.supplies ?? [],
      });
      if (!checked.ok) throw new DomainFailure(checked.error);
      const row: SupplierRow = { row: 1, ...checked.value };
      return inviteRows(ctx, user, chainId, [row], []);
    },
    async importSuppliers(_parent, { chainId, csv, csvBase64 }, ctx) {
      const user = await ctx.auth.require('chain.import', { chainId });
      const { rows, problems } = orThrow(parseSupplierUpload({ csv, csvBase64 }));
      return inviteRows(ctx, user, chainId, rows, problems);
    },
    async respondToInvitation(_parent, { chainId, accept }, ctx) {
      const user = await ctx.auth.require('chain.answer', { chainId });
      await membershipOrFail(ctx, chainId, user.companyId);
      await ctx.events.apply(
        'InvitationAnswered',
        { chainId, companyId: user.companyId, accept },
        actorOf(user),
      );
      return membershipOrFail(ctx, chainId, user.companyId);
    },
    async changeMemberStatus(_parent, { chainId, companyId, move }, ctx) {
      const user = await ctx.auth.require('chain.members', { chainId });
      await membershipOrFail(ctx, chainId, companyId);
      await ctx.events.apply(
        'MemberStatusChanged',
        {
          chainId,
          companyId,
          move: move.toLowerCase() as PayloadOf<'MemberStatusChanged'>['move'],
        },
        actorOf(user),
      );
      return membershipOrFail(ctx, chainId, companyId);
    },
    async declareSupplier(_parent, { supplierId, products }, ctx) {
      const user = await ctx.auth.require('supplier.declare');
      const list = (products ?? []).map((p) => p.trim()).filter(Boolean);
      const eventId = await ctx.events.apply(
        'SupplyLinkDeclared',
        { buyerId: user.companyId, supplierId, products: list },
        actorOf(user),
      );
      return { eventId, status: 'APPLIED' };
    },
    async confirmSupplyLink(_parent, { buyerId }, ctx) {
      const user = await ctx.auth.require('supplier.confirm');
      const eventId = await ctx.events.apply(
        'SupplyLinkConfirmed',
        { buyerId, supplierId: user.companyId },
        actorOf(user),
      );
      return { eventId, status: 'APPLIED' };
    },
    async removeSupplier(_parent, { supplierId }, ctx) {
      const user = await ctx.auth.require('supplier.declare');
      const eventId = await ctx.events.apply(
        'SupplyLinkRemoved',
        { buyerId: user.companyId, supplierId },
        actorOf(user),
      );
      return { eventId, status: 'APPLIED' };
    },
  },
  Chain: {
    leader: (chain, _args, ctx) => ctx.companies.mustGet(chain.leaderId),
    memberCounts: (chain, _args, ctx) => ctx.chains.memberCounts(chain.id),
  },
  OwnSupplier: {
    supplier: (row, _args, ctx) => ctx.companies.mustGet(row.supplierId),
  },
  OwnBuyer: {
    buyer: (row, _args, ctx) => ctx.companies.mustGet(row.buyerId),
  },
  Membership: {
    chain: async (m, _args, ctx) => (await ctx.chains.byId(m.chainId))!,
    company: (m, _args, ctx) => ctx.companies.mustGet(m.companyId),
    async tier(m, _args, ctx) {
      const chain = await ctx.chains.byId(m.chainId);
      if (!chain) return null;
      if (chain.leaderId === m.companyId) return 0;
      return (await ctx.network.tiersOf(m.chainId, chain.leaderId)).get(m.companyId) ?? null;
    },
  },
};
