/**
 * 数字化转型服务商 and their 小快轻准 subscription products: what a valid product is, who may publish,
 * revise and withdraw one, and which products a filter asks for.
 *
 * A product is versioned: ServiceProductPublished with version 1 publishes it, each later version
 * revises it (the earlier versions are kept, and engagements keep the version they engaged);
 * ServiceProductWithdrawn ends it (its history and engagements stay). Only its own provider acts on it.
 */
import type { ServiceProductPublishedV1, ServiceProductWithdrawnV1 } from '../events/catalogue';
import type { Questionnaire } from '../assessment/questionnaire';
import { findQuestionnaire } from '../assessment/questionnaire-versions';
import { parseAmount } from '../money/money';
import { divisionName } from '../regions/divisions';
import { parseRegionCode, regionCovers } from '../regions/region-code';
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

export type ServiceProductPublished = ServiceProductPublishedV1;
export type ServiceProductWithdrawn = ServiceProductWithdrawnV1;

export const SERVICE_PRODUCT_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type ServiceProductStatus = (typeof SERVICE_PRODUCT_STATUSES)[number];

export const PRODUCT_LIMITS = {
  name: 100,
  description: 2000,
  scenarios: 20,
  industries: 20,
  industry: 100,
  regions: 50,
  deliveryDays: 365,
  references: 10,
  reference: 200,
} as const;

export interface ProductScenario {
  scenarioId: string;
  targetLevel: number;
}

/** A product version's fields, money in fen. */
export interface ProductFields {
  name: string;
  description: string;
  monthlyPriceFen: number;
  scenarios: ProductScenario[];
  industries: string[];
  /** GB/T 2260 codes; empty = nationwide. */
  regions: string[];
  deliveryDays: number;
  references: string[];
}

/** What a provider types in: the price in yuan (a decimal string). */
export interface ProductInput extends Omit<
  ProductFields,
  'monthlyPriceFen' | 'industries' | 'regions' | 'references'
> {
  monthlyPrice: string;
  industries?: readonly string[] | null;
  regions?: readonly string[] | null;
  references?: readonly string[] | null;
}

const bad = (message: string, field: string) => fail('BAD_USER_INPUT', message, field);

/** Trimmed, non-empty, distinct texts of at most `max` characters, at most `count` of them. */
function texts(
  list: readonly string[],
  field: string,
  label: string,
  count: number,
  max: number,
): Result<string[]> {
  if (list.length > count) return bad(`at most ${count} ${label}; got ${list.length}`, field);
  const out: string[] = [];
  for (const [i, raw] of list.entries()) {
    const text = raw.trim();
    if (text.length === 0 || text.length > max)
      return bad(`each of the ${label} has 1 to ${max} characters`, `${field}[${i}]`);
    if (out.includes(text)) return bad(`'${text}' is listed twice`, `${field}[${i}]`);
    out.push(text);
  }
  return ok(out);
}

/**
 * A product version as stored: name and description lengths, a price above zero, scenarios of the
 * questionnaire once each with a target level 1..maxLevel, known GB/T 2260 regions, delivery in
 * 1–365 days, at most 10 references. The gateway checks input with it, the projector every event.
 */
export function checkProductFields(
  questionnaire: Questionnaire,
  fields: ProductFields,
): Result<ProductFields> {
  const name = fields.name.trim();
  if (name.length === 0 || name.length > PRODUCT_LIMITS.name)
    return bad(`a product name has 1 to ${PRODUCT_LIMITS.name} characters`, 'name');
  const description = fields.description.trim();
  if (description.length === 0 || description.length > PRODUCT_LIMITS.description)
    return bad(`a description has 1 to ${PRODUCT_LIMITS.description} characters`, 'description');
  if (!Number.isSafeInteger(fields.monthlyPriceFen) || fields.monthlyPriceFen <= 0)
    return bad('the monthly price must be above zero', 'monthlyPrice');
  const { scenarios, maxLevel } = questionnaire.operations;
  if (fields.scenarios.length === 0)
    return bad('name at least one scenario the product addresses', 'scenarios');
  if (fields.scenarios.length > PRODUCT_LIMITS.scenarios)
    return bad(`at most ${PRODUCT_LIMITS.scenarios} scenarios`, 'scenarios');
  const seen = new Set<string>();
  for (const [i, s] of fields.scenarios.entries()) {
    if (!scenarios.some((q) => q.id === s.scenarioId))
      return bad(
        `unknown scenario '${s.scenarioId}'; scenarios: ${scenarios.map((q) => q.id).join(', ')}`,
        `scenarios[${i}].scenarioId`,
      );
    if (seen.has(s.scenarioId))
      return bad(`scenario '${s.scenarioId}' is named twice`, `scenarios[${i}].scenarioId`);
    seen.add(s.scenarioId);
    if (!Number.isInteger(s.targetLevel) || s.targetLevel < 1 || s.targetLevel > maxLevel)
      return bad(
        `a target level is from 1 to ${maxLevel}; got ${s.targetLevel}`,
        `scenarios[${i}].targetLevel`,
      );
  }
  const industries = texts(
    fields.industries,
    'industries',
    'industries',
    PRODUCT_LIMITS.industries,
    PRODUCT_LIMITS.industry,
  );
  if (!industries.ok) return industries;
  if (fields.regions.length > PRODUCT_LIMITS.regions)
    return bad(`at most ${PRODUCT_LIMITS.regions} regions`, 'regions');
  const regions: string[] = [];
  for (const [i, raw] of fields.regions.entries()) {
    const region = parseRegionCode(raw, `regions[${i}]`);
    if (!region.ok) return region;
    if (divisionName(region.value.code) === undefined)
      return bad(`region ${region.value.code} is no GB/T 2260 division`, `regions[${i}]`);
    if (regions.includes(region.value.code))
      return bad(`region ${region.value.code} is listed twice`, `regions[${i}]`);
    regions.push(region.value.code);
  }
  if (
    !Number.isInteger(fields.deliveryDays) ||
    fields.deliveryDays < 1 ||
    fields.deliveryDays > PRODUCT_LIMITS.deliveryDays
  )
    return bad(
      `delivery takes 1 to ${PRODUCT_LIMITS.deliveryDays} days; got ${fields.deliveryDays}`,
      'deliveryDays',
    );
  const references = texts(
    fields.references,
    'references',
    'references',
    PRODUCT_LIMITS.references,
    PRODUCT_LIMITS.reference,
  );
  if (!references.ok) return references;
  return ok({
    name,
    description,
    monthlyPriceFen: fields.monthlyPriceFen,
    // Kept in questionnaire order, so equal products store equal.
    scenarios: scenarios
      .filter((q) => seen.has(q.id))
      .map((q) => ({
        scenarioId: q.id,
        targetLevel: fields.scenarios.find((s) => s.scenarioId === q.id)!.targetLevel,
      })),
    industries: industries.value,
    regions,
    deliveryDays: fields.deliveryDays,
    references: references.value,
  });
}

/** A provider's input as a product version: the yuan price to fen (money/parseAmount), then the checks. */
export function validateProduct(
  questionnaire: Questionnaire,
  input: ProductInput,
): Result<ProductFields> {
  const price = parseAmount(input.monthlyPrice, 'monthlyPrice');
  if (!price.ok) return price;
  return checkProductFields(questionnaire, {
    name: input.name,
    description: input.description,
    monthlyPriceFen: price.value,
    scenarios: input.scenarios.map((s) => ({
      scenarioId: s.scenarioId,
      targetLevel: s.targetLevel,
    })),
    industries: [...(input.industries ?? [])],
    regions: [...(input.regions ?? [])],
    deliveryDays: input.deliveryDays,
    references: [...(input.references ?? [])],
  });
}

/** Only service providers publish products. */
export const mayPublishProducts = (kind: string | undefined): Result<true> =>
  kind === 'SERVICE_PROVIDER'
    ? ok(true)
    : fail(
        'FORBIDDEN',
        `publishing service products is for service providers, not ${kind ?? 'unknown'}`,
      );

/** Only its own provider revises or withdraws a product. */
export const mayManageProduct = (
  product: { providerId: string },
  companyId: string,
): Result<true> =>
  product.providerId === companyId
    ? ok(true)
    : fail('FORBIDDEN', "only the product's own provider revises or withdraws it");

export interface ProductState {
  providerId: string;
  status: ServiceProductStatus;
  version: number;
}

export interface ProductsState {
  /** Kinds of the companies the events name (absent: no such company). */
  kinds: Map<string, string>;
  /** The products the events name, by id. */
  products: Map<string, ProductState>;
}

/** The product a revision or withdrawal names, if its provider may act on it while ACTIVE. */
function ownActiveProduct(
  state: ProductsState,
  productId: string,
  providerId: string,
  what: string,
): Result<ProductState> {
  const product = state.products.get(productId);
  if (!product)
    return fail('NOT_FOUND', `service product ${productId} does not exist`, 'productId');
  const owner = mayManageProduct(product, providerId);
  if (!owner.ok) return owner;
  if (product.status !== 'ACTIVE')
    return fail('CONFLICT', `a ${product.status} product cannot be ${what}`, 'productId');
  return ok(product);
}

export const publishServiceProduct: Decider<ProductsState, ServiceProductPublished> = {
  decide(state, command) {
    const kind = mayPublishProducts(state.kinds.get(command.providerId));
    if (!kind.ok) return kind;
    if (command.version === 1) {
      if (state.products.has(command.productId))
        return fail('CONFLICT', `product id ${command.productId} is already in use`, 'productId');
    } else {
      const product = ownActiveProduct(state, command.productId, command.providerId, 'revised');
      if (!product.ok) return product;
      if (command.version !== product.value.version + 1)
        return fail(
          'CONFLICT',
          `the product is at version ${product.value.version}: the next is ${product.value.version + 1}, not ${command.version}`,
          'version',
        );
    }
    const questionnaire = findQuestionnaire(command.questionnaireVersion);
    if (!questionnaire.ok) return questionnaire;
    const {
      productId: _p,
      providerId: _v,
      version: _n,
      questionnaireVersion: _q,
      ...fields
    } = command;
    const checked = checkProductFields(questionnaire.value, fields);
    return checked.ok ? ok({ ...command, ...checked.value }) : checked;
  },
  evolve(state, command) {
    state.products.set(command.productId, {
      providerId: command.providerId,
      status: 'ACTIVE',
      version: command.version,
    });
    return state;
  },
};

export const withdrawServiceProduct: Decider<ProductsState, ServiceProductWithdrawn> = {
  decide(state, command) {
    const product = ownActiveProduct(state, command.productId, command.providerId, 'withdrawn');
    return product.ok ? ok(command) : product;
  },
  evolve(state, command) {
    state.products.get(command.productId)!.status = 'WITHDRAWN';
    return state;
  },
};

export interface ProductFilter {
  scenarioId?: string | null;
  industry?: string | null;
  /** A GB/T 2260 code (validated): products serving it, nationwide ones included. */
  regionCode?: string | null;
  maxMonthlyPriceFen?: number | null;
  providerId?: string | null;
  includeWithdrawn?: boolean | null;
}

export interface FilterableProduct {
  providerId: string;
  status: ServiceProductStatus;
  monthlyPriceFen: number;
  scenarios: readonly ProductScenario[];
  industries: readonly string[];
  regions: readonly string[];
}

/**
 * Whether a product answers a filter. Empty industries or regions mean any; a product serving a
 * province serves its cities and counties (regions/regionCovers), a city its districts — but a product
 * serving one city does not serve the whole province.
 */
export function productMatches(product: FilterableProduct, filter: ProductFilter): boolean {
  if (!filter.includeWithdrawn && product.status !== 'ACTIVE') return false;
  if (filter.providerId && product.providerId !== filter.providerId) return false;
  if (filter.scenarioId && !product.scenarios.some((s) => s.scenarioId === filter.scenarioId))
    return false;
  if (
    filter.industry &&
    product.industries.length > 0 &&
    !product.industries.includes(filter.industry.trim())
  )
    return false;
  if (
    filter.maxMonthlyPriceFen !== undefined &&
    filter.maxMonthlyPriceFen !== null &&
    product.monthlyPriceFen > filter.maxMonthlyPriceFen
  )
    return false;
  if (filter.regionCode && product.regions.length > 0) {
    const wanted = filter.regionCode;
    const served = product.regions.some((code) => {
      const region = parseRegionCode(code);
      return region.ok && regionCovers(region.value, wanted);
    });
    if (!served) return false;
  }
  return true;
}
