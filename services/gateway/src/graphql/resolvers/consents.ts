/** Consent (grant, revoke, list) and the owner's access log. */
import { randomUUID } from 'node:crypto';
import {
  CONSENT_SCOPES,
  consentCandidates,
  consentProducts,
  grantConsent,
  orThrow,
} from '@chainlift/domain';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

export const consentResolvers: Resolvers = {
  Query: {
    async consents(_parent, { direction }, ctx) {
      const user = await ctx.auth.require('consent.list');
      return ctx.consents.list(user.companyId, direction);
    },
    async consentCandidates(_parent, { scope }, ctx) {
      const user = await ctx.auth.require('consent.candidates');
      const [relations, granted] = await Promise.all([
        ctx.consents.candidateRelations(user.companyId),
        ctx.consents.activeGrants(user.companyId),
      ]);
      return consentCandidates(user.companyId, relations, scope).map((c) => ({
        ...c,
        granted: CONSENT_SCOPES.filter((s) => granted.get(c.companyId)?.includes(s)),
      }));
    },
    async accessLog(_parent, { since, scope }, ctx) {
      const user = await ctx.auth.require('audit.read');
      return ctx.consents.accessLog(user.companyId, since ?? null, scope ?? null);
    },
  },
  Mutation: {
    async grantConsent(_parent, { granteeId, scope, expiresAt, products }, ctx) {
      const user = await ctx.auth.require('consent.manage');
      const consent = orThrow(
        grantConsent(
          { grantorId: user.companyId, granteeId, scope, expiresAt },
          randomUUID(),
          new Date(),
        ),
      );
      // Which products an INVENTORY consent shows: chosen, or what the caller supplies to the grantee.
      const supplied =
        scope === 'INVENTORY' && products == null
          ? await ctx.inventory.suppliedTo(user.companyId, granteeId)
          : [];
      const named = orThrow(consentProducts(consent.scope, products, supplied));
      await ctx.events.apply(
        'ConsentGranted',
        named ? { ...consent, products: named } : consent,
        actorOf(user),
      );
      return (await ctx.consents.byId(consent.consentId))!;
    },
    async revokeConsent(_parent, { consentId }, ctx) {
      const user = await ctx.auth.require('consent.manage');
      // Whose consent it is, and whether it is still active, is the revokeConsent decider's rule (domain access/consent-events).
      await ctx.events.apply(
        'ConsentRevoked',
        { consentId, grantorId: user.companyId },
        actorOf(user),
      );
      return (await ctx.consents.byId(consentId))!;
    },
  },
  Consent: {
    grantor: (c, _args, ctx) => ctx.companies.mustGet(c.grantorId),
    grantee: (c, _args, ctx) => ctx.companies.mustGet(c.granteeId),
  },
  ConsentCandidate: {
    company: (c, _args, ctx) => ctx.companies.mustGet(c.companyId),
  },
  AccessRecord: {
    viewer: (a, _args, ctx) => ctx.companies.mustGet(a.viewerCompanyId),
  },
};
