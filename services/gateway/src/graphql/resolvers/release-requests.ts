/** Release requests (放货申请) under inventory loans: ask, decide, cancel, execute. */
import { randomUUID } from 'node:crypto';
import {
  checkReleaseQuantity,
  fail,
  formatPercent,
  orThrow,
  type ReleaseAction,
} from '@chainlift/domain';
import type { Action } from '../../auth/authorize';
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { actorOf, money } from './shared';

const ACTIONS: Record<string, { action: ReleaseAction; rule: Action }> = {
  APPROVE: { action: 'approve', rule: 'release.decide' },
  REJECT: { action: 'reject', rule: 'release.decide' },
  CANCEL: { action: 'cancel', rule: 'release.cancel' },
};

const MAX_REASON = 500;

/** A reason as the event contract takes it: trimmed, at most 500 characters; empty → undefined. */
function reasonOf(text: string | null | undefined): string | undefined {
  const reason = text?.trim();
  if (reason && reason.length > MAX_REASON)
    orThrow(fail('BAD_USER_INPUT', `keep the reason under ${MAX_REASON} characters`, 'reason'));
  return reason || undefined;
}

async function requestOf(ctx: Context, id: string) {
  const request = await ctx.loans.releaseRequest(id);
  return request ?? orThrow(fail('NOT_FOUND', `release request ${id} does not exist`, 'id'));
}

/** Authorizes the caller as the party of the request's loan the rule names, then applies the action. */
async function act(ctx: Context, id: string, rule: Action, action: ReleaseAction, reason?: string) {
  await ctx.auth.require('release.list'); // signed in before anything is looked up
  const request = await requestOf(ctx, id);
  const user = await ctx.auth.require(rule, { loanId: request.loanId });
  await ctx.events.apply(
    'ReleaseRequestActedOn',
    {
      requestId: id,
      loanId: request.loanId,
      borrowerId: request.borrowerId,
      action,
      actorCompanyId: user.companyId,
      ...(reason ? { reason } : {}),
      on: ctx.calendar.today(),
    },
    actorOf(user),
  );
  return requestOf(ctx, id);
}

export const releaseRequestResolvers: Resolvers = {
  Query: {
    async releaseRequests(_parent, { loanId, status }, ctx) {
      if (loanId) {
        await ctx.auth.require('loan.read', { loanId });
        return ctx.loans.releaseRequests({ loanId, status });
      }
      const user = await ctx.auth.require('release.list');
      return ctx.loans.releaseRequests({ companyId: user.companyId, status });
    },
  },
  Mutation: {
    async requestRelease(_parent, { input }, ctx) {
      const user = await ctx.auth.require('release.request', { loanId: input.loanId });
      const sku = input.sku.trim();
      if (!sku) orThrow(fail('BAD_USER_INPUT', 'name the pledged product (sku)', 'sku'));
      orThrow(checkReleaseQuantity(input.quantity));
      const reason =
        reasonOf(input.reason) ??
        orThrow(
          fail(
            'BAD_USER_INPUT',
            'say why the goods should leave (e.g. an order to ship)',
            'reason',
          ),
        );
      const loan = (await ctx.loans.loan(input.loanId))!;
      const requestId = randomUUID();
      await ctx.events.apply(
        'ReleaseRequested',
        {
          requestId,
          loanId: input.loanId,
          borrowerId: loan.borrowerId,
          sku,
          quantity: input.quantity,
          reason,
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return requestOf(ctx, requestId);
    },
    async actOnReleaseRequest(_parent, { id, action, reason }, ctx) {
      const { action: move, rule } = ACTIONS[action]!;
      const why = reasonOf(reason);
      if (move === 'reject' && !why)
        orThrow(fail('BAD_USER_INPUT', 'say why the release is rejected', 'reason'));
      return act(ctx, id, rule, move, why);
    },
    executeRelease: (_parent, { id }, ctx) => act(ctx, id, 'release.execute', 'execute'),
  },
  ReleaseRequest: {
    loan: async (r, _args, ctx) => (await ctx.loans.loan(r.loanId))!,
    collateralValueAfter: (r) => (r.after ? money(r.after.valueFen, r.currency) : null),
    ltvAfter: (r) => (r.after?.ltvBp == null ? null : formatPercent(r.after.ltvBp)),
    levelAfter: (r) => r.after?.level ?? null,
  },
  InventoryLoan: {
    releaseRequests: (l, { status }, ctx) => ctx.loans.releaseRequests({ loanId: l.id, status }),
  },
};
