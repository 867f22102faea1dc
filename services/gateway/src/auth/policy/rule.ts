/**
 * The building blocks of the authorization policy: a rule is a function of (principal, target, facts)
 * answering ALLOW, a FORBIDDEN/NOT_FOUND decision or ALLOW with an audit obligation. The rules themselves
 * ("may this company do X") are the domain's `may*` predicates; these helpers load the facts they need.
 */
import {
  fail,
  roleAtLeast,
  mayTradeGoods,
  maySeeInventoryLoan,
  mayActAsDebtor,
  maySeePledge,
  type Result,
  type ConsentScope,
  type DomainError,
  type Role,
} from '@chainlift/domain';
import type { AccessFacts, LoanParties } from '../facts';
import type { UserPrincipal } from '../principal';

export interface Target {
  companyId?: string;
  chainId?: string;
  orderId?: string;
  supplierId?: string;
  receivableId?: string;
  pledgeId?: string;
  loanId?: string;
  taskId?: string;
  productId?: string;
  engagementId?: string;
}

export type Decision =
  | { ok: true; audit?: { ownerId: string; scope: ConsentScope } }
  | { ok: false; error: DomainError };

export type Rule = (
  p: UserPrincipal,
  t: Target,
  facts: AccessFacts,
) => Promise<Decision> | Decision;

export const ALLOW: Decision = { ok: true };
export const deny = (message: string): Decision => fail('FORBIDDEN', message);
export const need = (target: Target, key: keyof Target): string => {
  const value = target[key];
  if (!value) throw new Error(`authorization target lacks ${key}`);
  return value;
};

export const hasRole = (p: UserPrincipal, minimum: Role, what: string): Decision =>
  roleAtLeast(p.role, minimum)
    ? ALLOW
    : deny(`${what} needs the ${minimum} role or higher in your company; you are ${p.role}`);

export const all = (...decisions: Decision[]): Decision => decisions.find((d) => !d.ok) ?? ALLOW;

/** A domain predicate's answer as a decision. */
export const decided = (result: Result<unknown>): Decision => (result.ok ? ALLOW : result);

export const isLeader = async (p: UserPrincipal, t: Target, facts: AccessFacts) =>
  (await facts.chainLeader(need(t, 'chainId'))) === p.companyId;

export const leaderOnly =
  (minimum: Role, what: string): Rule =>
  async (p, t, facts) => {
    const leader = await facts.chainLeader(need(t, 'chainId'));
    if (leader === undefined) return fail('NOT_FOUND', `chain ${t.chainId} does not exist`);
    if (leader !== p.companyId) return deny(`only the chain leader can ${what}`);
    return hasRole(p, minimum, what);
  };

export const tradingCompany = (p: UserPrincipal, what: string): Decision =>
  decided(mayTradeGoods(p.companyKind, what));

export const signedIn: Rule = () => ALLOW;

export const bankOnly = (p: UserPrincipal, minimum: Role, what: string): Decision =>
  p.companyKind === 'BANK' ? hasRole(p, minimum, what) : deny(`${what} is for banks`);

export const receivable = async (t: Target, facts: AccessFacts) => {
  const parties = await facts.receivableParties(need(t, 'receivableId'));
  return parties
    ? { ok: true as const, parties }
    : {
        ok: false as const,
        error: fail('NOT_FOUND', `receivable ${t.receivableId} does not exist`),
      };
};

/** The debtor acts on what it owes (确权, dispute, settlement): a legal commitment, so ADMIN. */
export const debtorOnly =
  (what: string): Rule =>
  async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    return all(
      decided(mayActAsDebtor(found.parties, p.companyId, what)),
      hasRole(p, 'ADMIN', what),
    );
  };

export const pledgeParty = async (p: UserPrincipal, t: Target, facts: AccessFacts) => {
  const parties = await facts.pledgeParties(need(t, 'pledgeId'));
  if (!parties) return { decision: fail('NOT_FOUND', `pledge ${t.pledgeId} does not exist`) };
  return { decision: decided(maySeePledge(parties, p.companyId)), parties };
};

export const loanParty = async (p: UserPrincipal, t: Target, facts: AccessFacts) => {
  const parties = await facts.loanParties(need(t, 'loanId'));
  if (!parties) return { decision: fail('NOT_FOUND', `inventory loan ${t.loanId} does not exist`) };
  return { decision: decided(maySeeInventoryLoan(parties, p.companyId)), parties };
};

/** One party of the loan, with the OPERATOR role: the borrower asks for a release, the bank decides, the operator executes. */
export const loanPartyAs =
  (party: keyof LoanParties, who: string, what: string): Rule =>
  async (p, t, facts) => {
    const { decision, parties } = await loanParty(p, t, facts);
    if (!decision.ok || !parties) return decision;
    if (parties[party] !== p.companyId) return deny(`only ${who} can ${what}`);
    return hasRole(p, 'OPERATOR', what);
  };
