/** Service providers' products and engagements: thin resolvers over the domain's providers rules. */
import { randomUUID } from 'node:crypto';
import {
  CURRENT_QUESTIONNAIRE,
  DEFAULT_CURRENCY,
  divisionFullName,
  divisionName,
  fail,
  orThrow,
  parseAmount,
  parseRegionCode,
  productMatches,
  transitionEngagement,
  validateProduct,
  type EngagementAction as DomainAction,
  type ProductScenario,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { ProductVersionRow } from '../../reads/providers';
import type { Resolvers, ServiceProductInput } from '../generated';
import { actorOf, money, page } from './shared';

const bad = (message: string, field: string) => orThrow(fail('BAD_USER_INPUT', message, field));

const productFrom = (input: ServiceProductInput) =>
  orThrow(
    validateProduct(CURRENT_QUESTIONNAIRE, {
      ...input,
      industries: input.industries ?? [],
      regions: input.regions ?? [],
      references: input.references ?? [],
    }),
  );

const scenarioView = (s: ProductScenario) => {
  const q = CURRENT_QUESTIONNAIRE.operations.scenarios.find((x) => x.id === s.scenarioId);
  return {
    scenarioId: s.scenarioId,
    zh: q?.zh ?? s.scenarioId,
    en: q?.en ?? s.scenarioId,
    targetLevel: s.targetLevel,
  };
};

const regionView = (code: string) => {
  const region = orThrow(parseRegionCode(code));
  return {
    code,
    name: divisionName(code) ?? code,
    fullName: divisionFullName(code) ?? code,
    level: region.level,
  };
};

/** The fields a product and each of its versions show alike. */
const versionView = {
  monthlyPrice: (v: ProductVersionRow) => money(v.monthlyPriceFen, DEFAULT_CURRENCY),
  scenarios: (v: ProductVersionRow) => v.scenarios.map(scenarioView),
  regions: (v: ProductVersionRow) => v.regions.map(regionView),
};

const note = (text: string | null | undefined) => {
  const trimmed = text?.trim();
  if (trimmed && trimmed.length > 500) bad('a note has at most 500 characters', 'note');
  return trimmed ? { note: trimmed } : {};
};

const ACTIONS: Record<string, DomainAction> = {
  ACCEPT: 'accept',
  DELIVER: 'deliver',
  CANCEL: 'cancel',
};

async function mustProduct(ctx: Context, productId: string) {
  const product = await ctx.providers.product(productId);
  if (!product) orThrow(fail('NOT_FOUND', `service product ${productId} does not exist`));
  return product!;
}

export const providerResolvers: Resolvers = {
  Query: {
    async serviceProducts(_parent, { filter, first, offset }, ctx) {
      await ctx.auth.require('serviceProduct.read');
      const f = filter ?? {};
      const regionCode = f.regionCode
        ? orThrow(parseRegionCode(f.regionCode, 'filter.regionCode')).code
        : null;
      const maxMonthlyPriceFen =
        f.maxMonthlyPrice != null
          ? orThrow(parseAmount(f.maxMonthlyPrice, 'filter.maxMonthlyPrice'))
          : null;
      const start = offset ?? 0;
      if (start < 0) bad('offset must not be negative', 'offset');
      const rows = await ctx.providers.products({
        providerId: f.providerId ?? null,
        activeOnly: !f.includeWithdrawn,
      });
      return rows
        .filter((p) =>
          productMatches(p, {
            scenarioId: f.scenarioId ?? null,
            industry: f.industry ?? null,
            regionCode,
            maxMonthlyPriceFen,
            providerId: f.providerId ?? null,
            includeWithdrawn: f.includeWithdrawn ?? false,
          }),
        )
        .slice(start, start + page(first));
    },
    async serviceProduct(_parent, { id }, ctx) {
      await ctx.auth.require('serviceProduct.read');
      return (await ctx.providers.product(id)) ?? null;
    },
    async engagements(_parent, { status }, ctx) {
      const user = await ctx.auth.require('engagement.list');
      return ctx.providers.engagementsOf(user.companyId, status ?? null);
    },
  },
  Mutation: {
    async publishServiceProduct(_parent, { input }, ctx) {
      const user = await ctx.auth.require('serviceProduct.publish');
      const fields = productFrom(input);
      const productId = randomUUID();
      await ctx.events.apply(
        'ServiceProductPublished',
        {
          productId,
          providerId: user.companyId,
          version: 1,
          questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
          ...fields,
        },
        actorOf(user),
      );
      return (await ctx.providers.product(productId))!;
    },
    async reviseServiceProduct(_parent, { productId, input }, ctx) {
      const user = await ctx.auth.require('serviceProduct.manage', { productId });
      const current = await mustProduct(ctx, productId);
      if (current.status !== 'ACTIVE')
        orThrow(fail('CONFLICT', `a ${current.status} product cannot be revised`, 'productId'));
      const fields = productFrom(input);
      await ctx.events.apply(
        'ServiceProductPublished',
        {
          productId,
          providerId: user.companyId,
          version: current.version + 1,
          questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
          ...fields,
        },
        actorOf(user),
      );
      return (await ctx.providers.product(productId))!;
    },
    async withdrawServiceProduct(_parent, { productId }, ctx) {
      const user = await ctx.auth.require('serviceProduct.manage', { productId });
      const current = await mustProduct(ctx, productId);
      if (current.status !== 'ACTIVE')
        orThrow(fail('CONFLICT', 'the product is already withdrawn', 'productId'));
      await ctx.events.apply(
        'ServiceProductWithdrawn',
        { productId, providerId: user.companyId },
        actorOf(user),
      );
      return (await ctx.providers.product(productId))!;
    },
    async proposeEngagement(_parent, { input }, ctx) {
      const { taskId, productId } = input;
      const user = await ctx.auth.require('engagement.propose', { taskId });
      const task = (await ctx.assessments.task(taskId))!;
      const product = await ctx.providers.product(productId);
      if (!product)
        orThrow(fail('NOT_FOUND', `service product ${productId} does not exist`, 'productId'));
      if (product!.status !== 'ACTIVE')
        orThrow(fail('CONFLICT', 'the product is withdrawn: it cannot be engaged', 'productId'));
      const engagementId = randomUUID();
      await ctx.events.apply(
        'EngagementProposed',
        {
          engagementId,
          companyId: user.companyId,
          providerId: product!.providerId,
          productId,
          productVersion: product!.version,
          planId: task.planId,
          taskId,
          monthlyPriceFen: product!.monthlyPriceFen,
          ...note(input.note),
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return (await ctx.providers.engagement(engagementId))!;
    },
    async actOnEngagement(_parent, { engagementId, action, note: text }, ctx) {
      const user = await ctx.auth.require('engagement.act', { engagementId });
      const engagement = (await ctx.providers.engagement(engagementId))!;
      const step = ACTIONS[action]!;
      // Refused early, before publishing: the same rule the projector applies.
      orThrow(transitionEngagement(engagement, step, user.companyId));
      await ctx.events.apply(
        'EngagementActedOn',
        {
          engagementId,
          companyId: engagement.companyId,
          providerId: engagement.providerId,
          actorCompanyId: user.companyId,
          action: step,
          ...note(text),
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return (await ctx.providers.engagement(engagementId))!;
    },
  },
  ServiceProduct: {
    provider: (p, _args, ctx) => ctx.companies.mustGet(p.providerId),
    ...versionView,
    history: (p, _args, ctx) => ctx.providers.history(p.id),
  },
  ServiceProductVersion: versionView,
  Engagement: {
    company: (e, _args, ctx) => ctx.companies.mustGet(e.companyId),
    provider: (e, _args, ctx) => ctx.companies.mustGet(e.providerId),
    product: async (e, _args, ctx) => (await ctx.providers.product(e.productId))!,
    task: async (e, _args, ctx) => (await ctx.assessments.task(e.taskId))!,
    monthlyPrice: (e) => money(e.monthlyPriceFen, DEFAULT_CURRENCY),
    // Sponsorships are the matching feature's (issue 18 item 2): none recorded here yet.
    sponsorship: () => null,
    assessmentShared: async (e, _args, ctx) =>
      (await ctx.consents.activeGrants(e.companyId)).get(e.providerId)?.includes('ASSESSMENT') ??
      false,
  },
  ImprovementTask: {
    async engagement(t, _args, ctx) {
      const engagement = await ctx.providers.engagementOfTask(t.id);
      if (!engagement) return null;
      const allowed = await ctx.auth.allows('engagement.ofTask', {
        engagementId: engagement.id,
        companyId: engagement.companyId,
      });
      return allowed ? engagement : null;
    },
  },
};
