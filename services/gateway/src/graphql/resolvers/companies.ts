/** Companies: the public register (any signed-in user), registration (platform admins). */
import { randomUUID } from 'node:crypto';
import { orThrow, registerCompany } from '@chainlift/domain';
import { appliedOrThrow } from '../../writes/submit';
import type { Resolvers } from '../generated';
import { pageArgs } from './shared';

export const companyResolvers: Resolvers = {
  Query: {
    async company(_parent, { id }, ctx) {
      await ctx.auth.require('company.read');
      return (await ctx.companies.byId(id)) ?? null;
    },
    async companies(_parent, { kind, first, offset }, ctx) {
      await ctx.auth.require('company.list');
      return ctx.companies.list({
        kind,
        ...pageArgs({ first, offset }, { fallback: 50, max: 200 }),
      });
    },
    async eventOutcome(_parent, { eventId }, ctx) {
      await ctx.auth.require('event.read');
      const outcome = await ctx.outcomes.recorded(eventId);
      if (!outcome) return { eventId, status: 'PENDING' };
      return outcome.status === 'APPLIED'
        ? outcome
        : { eventId, status: 'REJECTED', code: outcome.code, message: outcome.message };
    },
  },
  Mutation: {
    async registerCompany(_parent, { input }, ctx) {
      const user = await ctx.auth.require('company.register');
      const payload = orThrow(registerCompany(input, randomUUID()));
      const actor = { via: 'graphql' as const, userId: user.userId, companyId: user.companyId };
      const submitted = await ctx.events.submit('CompanyRegistered', payload, actor);
      if (submitted.status === 'PENDING')
        return { eventId: submitted.eventId, status: 'PENDING', company: null };
      const eventId = appliedOrThrow(submitted.outcome);
      return {
        eventId,
        status: 'APPLIED',
        company: await ctx.companies.mustGet(payload.companyId),
      };
    },
  },
};
