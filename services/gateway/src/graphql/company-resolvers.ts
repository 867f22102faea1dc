/** Thin resolvers: authorize, validate with the domain rule, then read Neo4j or submit an event. */
import { randomUUID } from 'node:crypto';
import { DomainFailure, fail, isErrorCode, orThrow, registerCompany } from '@chainlift/domain';
import { TOPIC } from '@chainlift/platform';
import { authorize } from '../auth/authorize';
import type { Resolvers } from './generated';

export const companyResolvers: Resolvers = {
  Query: {
    async company(_parent, { id }, ctx) {
      orThrow(authorize(ctx.principal, 'company.read'));
      return (await ctx.companies.byId(id)) ?? null;
    },
    async companies(_parent, { kind, first, offset }, ctx) {
      orThrow(authorize(ctx.principal, 'company.list'));
      const limit = first ?? 50;
      if (limit < 0 || limit > 200)
        orThrow(fail('BAD_USER_INPUT', 'first must be between 0 and 200', 'first'));
      if ((offset ?? 0) < 0)
        orThrow(fail('BAD_USER_INPUT', 'offset must not be negative', 'offset'));
      return ctx.companies.list({ kind, first: limit, offset: offset ?? 0 });
    },
    async eventOutcome(_parent, { eventId }, ctx) {
      orThrow(authorize(ctx.principal, 'event.read'));
      const outcome = await ctx.outcomes.recorded(eventId);
      if (!outcome) return { eventId, status: 'PENDING' };
      return outcome.status === 'APPLIED'
        ? outcome
        : { eventId, status: 'REJECTED', code: outcome.code, message: outcome.message };
    },
  },
  Mutation: {
    async registerCompany(_parent, { input }, ctx) {
      orThrow(authorize(ctx.principal, 'company.register'));
      const payload = orThrow(registerCompany(input, randomUUID()));
      const submitted = await ctx.events.submit(
        TOPIC.masterdata,
        payload.uscc,
        'CompanyRegistered',
        payload,
        { via: 'graphql' },
      );
      if (submitted.status === 'PENDING')
        return { eventId: submitted.eventId, status: 'PENDING', company: null };
      const { outcome } = submitted;
      if (outcome.status === 'REJECTED') {
        const code = isErrorCode(outcome.code) ? outcome.code : 'CONFLICT';
        throw new DomainFailure(
          { code, message: outcome.message, ...(outcome.field ? { field: outcome.field } : {}) },
          { eventId: outcome.eventId },
        );
      }
      const company = await ctx.companies.byId(payload.companyId);
      if (!company) throw new Error(`company ${payload.companyId} applied but not readable`);
      return { eventId: outcome.eventId, status: 'APPLIED', company };
    },
  },
};
