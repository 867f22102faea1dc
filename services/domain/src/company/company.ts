/** A company on the platform and the pure rules of registering one. */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { authorityRegion } from '../regions/company-region';
import { parseUscc } from './uscc';

export const COMPANY_KINDS = [
  'CHAIN_LEADER',
  'SME',
  'BANK',
  'WAREHOUSE_OPERATOR',
  'PLATFORM_OPERATOR',
  'SERVICE_PROVIDER',
  'AUTHORITY',
] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export interface CompanyRegistered {
  companyId: string;
  name: string;
  uscc: string;
  kind: CompanyKind;
  region: string;
  industry: string;
}

export interface RegisterCompanyInput {
  name: string;
  uscc: string;
  kind: string;
  region: string;
  industry: string;
}

/** A company's name: at most this many characters (the event contracts' maxLength). */
export const MAX_COMPANY_NAME = 200;

const text = (value: string, field: string, label: string, max: number): Result<string> => {
  const trimmed = value.trim();
  if (trimmed.length === 0) return fail('BAD_USER_INPUT', `${label} must not be empty`, field);
  if (trimmed.length > max)
    return fail('BAD_USER_INPUT', `${label} must be at most ${max} characters`, field);
  return ok(trimmed);
};

/** Validates what a person typed; the result is the payload of a CompanyRegistered event. */
export function registerCompany(
  input: RegisterCompanyInput,
  companyId: string,
): Result<CompanyRegistered> {
  const name = text(input.name, 'name', 'Company name', MAX_COMPANY_NAME);
  if (!name.ok) return name;
  const uscc = parseUscc(input.uscc);
  if (!uscc.ok) return uscc;
  if (!(COMPANY_KINDS as readonly string[]).includes(input.kind)) {
    return fail('BAD_USER_INPUT', `kind must be one of ${COMPANY_KINDS.join(', ')}`, 'kind');
  }
  const region = text(input.region, 'region', 'Region', 100);
  if (!region.ok) return region;
  if (input.kind === 'AUTHORITY') {
    const covered = authorityRegion(region.value);
    if (!covered.ok) return covered;
  }
  const industry = text(input.industry, 'industry', 'Industry', 100);
  if (!industry.ok) return industry;
  return ok({
    companyId,
    name: name.value,
    uscc: uscc.value,
    kind: input.kind as CompanyKind,
    region: region.value,
    industry: industry.value,
  });
}

/** The registry facts a run of registrations is decided on (the projector loads them). */
export interface Registry {
  usccs: Set<string>;
  ids: Set<string>;
}

/** CompanyRegistered: one company per USCC and per id (also Neo4j constraints, the last line). */
export const companyRegistration: Decider<Registry, CompanyRegistered> = {
  decide(state, event) {
    const uscc = parseUscc(event.uscc);
    if (!uscc.ok) return uscc;
    // An authority's region is what it may see: a division code, also when the event came another way.
    if (event.kind === 'AUTHORITY') {
      const covered = authorityRegion(event.region);
      if (!covered.ok) return covered;
    }
    if (state.usccs.has(event.uscc))
      return fail(
        'CONFLICT',
        `A company with 统一社会信用代码 ${event.uscc} is already registered`,
        'uscc',
      );
    if (state.ids.has(event.companyId))
      return fail('CONFLICT', `Company id ${event.companyId} is already in use`, 'companyId');
    return ok(event);
  },
  evolve(state, event) {
    state.usccs.add(event.uscc);
    state.ids.add(event.companyId);
    return state;
  },
};

/** Companies that trade goods (buy, sell, supply): chain leaders and SMEs. */
export const TRADING_KINDS: readonly CompanyKind[] = ['CHAIN_LEADER', 'SME'];

/** Orders, suppliers, receivables from trade, the digital assessment: for trading companies only. */
export const mayTradeGoods = (kind: string | undefined, what: string): Result<true> =>
  kind !== undefined && (TRADING_KINDS as readonly string[]).includes(kind)
    ? ok(true)
    : fail('FORBIDDEN', `${what} is for chain leaders and suppliers, not ${kind ?? 'unknown'}`);

/**
 * May a company of this kind be someone's supplier (invited into a chain, imported from a CSV,
 * declared as a supplier)? Banks, warehouse operators and the platform operator supply no goods.
 */
export const maySupply = (kind: string | undefined, field = 'supplierId'): Result<true> =>
  kind === undefined || (TRADING_KINDS as readonly string[]).includes(kind)
    ? ok(true)
    : fail(
        'BAD_USER_INPUT',
        `this company is registered as ${kind}: only chain leaders and SMEs can be suppliers`,
        field,
      );
