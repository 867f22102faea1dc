/**
 * The one authorization module. Every resolver asks `authorize` (through the per-request
 * RequestAuthorizer, auth/request-authorizer.ts) before it reads or writes; no resolver decides on its own. A rule is a function of
 * (principal, target, facts) and nothing else, so the whole policy is tested as a matrix without
 * a database. Reads of another company's shared data are allowed with an audit obligation that
 * the RequestAuthorizer fulfils before the data is returned.
 */
import {
  fail,
  mayManageApiKeys,
  mayManageConsents,
  mayManageUsers,
  roleAtLeast,
  IN_NETWORK,
  mayCreateChain,
  mayInvite,
  mayTrade,
  mayTradeGoods,
  mayUseOrder,
  mayBorrowAgainstInventory,
  mayIssueWarehouseReceipts,
  mayMoveTask,
  mayPlanImprovement,
  mayReportPrices,
  mayReportStock,
  maySeeInventoryLoan,
  releaserOf,
  mayActAsDebtor,
  mayActOnPledge,
  mayApplyForFinancing,
  mayDefineFinanceProducts,
  mayDisposeOfReceivable,
  mayReadReceivable,
  mayRegisterReceivable,
  maySeePledge,
  mayWatchForRisk,
  type Result,
  type ConsentScope,
  type DomainError,
  type Role,
} from '@chainlift/domain';
import type { AccessFacts, LoanParties } from './facts';
import type { Principal, UserPrincipal } from './principal';

export interface Target {
  companyId?: string;
  chainId?: string;
  orderId?: string;
  supplierId?: string;
  receivableId?: string;
  pledgeId?: string;
  loanId?: string;
  taskId?: string;
}

export type Decision =
  | { ok: true; audit?: { ownerId: string; scope: ConsentScope } }
  | { ok: false; error: DomainError };

type Rule = (p: UserPrincipal, t: Target, facts: AccessFacts) => Promise<Decision> | Decision;

const ALLOW: Decision = { ok: true };
const deny = (message: string): Decision => fail('FORBIDDEN', message);
const need = (target: Target, key: keyof Target): string => {
  const value = target[key];
  if (!value) throw new Error(`authorization target lacks ${key}`);
  return value;
};

const hasRole = (p: UserPrincipal, minimum: Role, what: string): Decision =>
  roleAtLeast(p.role, minimum)
    ? ALLOW
    : deny(`${what} needs the ${minimum} role or higher in your company; you are ${p.role}`);

const all = (...decisions: Decision[]): Decision => decisions.find((d) => !d.ok) ?? ALLOW;

/** A domain predicate's answer as a decision. */
const decided = (result: Result<unknown>): Decision => (result.ok ? ALLOW : result);

const isLeader = async (p: UserPrincipal, t: Target, facts: AccessFacts) =>
  (await facts.chainLeader(need(t, 'chainId'))) === p.companyId;

const leaderOnly =
  (minimum: Role, what: string): Rule =>
  async (p, t, facts) => {
    const leader = await facts.chainLeader(need(t, 'chainId'));
    if (leader === undefined) return fail('NOT_FOUND', `chain ${t.chainId} does not exist`);
    if (leader !== p.companyId) return deny(`only the chain leader can ${what}`);
    return hasRole(p, minimum, what);
  };

const tradingCompany = (p: UserPrincipal, what: string): Decision =>
  decided(mayTradeGoods(p.companyKind, what));

const signedIn: Rule = () => ALLOW;

const bankOnly = (p: UserPrincipal, minimum: Role, what: string): Decision =>
  p.companyKind === 'BANK' ? hasRole(p, minimum, what) : deny(`${what} is for banks`);

const receivable = async (t: Target, facts: AccessFacts) => {
  const parties = await facts.receivableParties(need(t, 'receivableId'));
  return parties
    ? { ok: true as const, parties }
    : {
        ok: false as const,
        error: fail('NOT_FOUND', `receivable ${t.receivableId} does not exist`),
      };
};

/** The debtor acts on what it owes (确权, dispute, settlement): a legal commitment, so ADMIN. */
const debtorOnly =
  (what: string): Rule =>
  async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    return all(
      decided(mayActAsDebtor(found.parties, p.companyId, what)),
      hasRole(p, 'ADMIN', what),
    );
  };

const pledgeParty = async (p: UserPrincipal, t: Target, facts: AccessFacts) => {
  const parties = await facts.pledgeParties(need(t, 'pledgeId'));
  if (!parties) return { decision: fail('NOT_FOUND', `pledge ${t.pledgeId} does not exist`) };
  return { decision: decided(maySeePledge(parties, p.companyId)), parties };
};

const loanParty = async (p: UserPrincipal, t: Target, facts: AccessFacts) => {
  const parties = await facts.loanParties(need(t, 'loanId'));
  if (!parties) return { decision: fail('NOT_FOUND', `inventory loan ${t.loanId} does not exist`) };
  return { decision: decided(maySeeInventoryLoan(parties, p.companyId)), parties };
};

/** One party of the loan, with the OPERATOR role: the borrower asks for a release, the bank decides, the operator executes. */
const loanPartyAs =
  (party: keyof LoanParties, who: string, what: string): Rule =>
  async (p, t, facts) => {
    const { decision, parties } = await loanParty(p, t, facts);
    if (!decision.ok || !parties) return decision;
    if (parties[party] !== p.companyId) return deny(`only ${who} can ${what}`);
    return hasRole(p, 'OPERATOR', what);
  };

export const POLICY = {
  'company.read': signedIn,
  'company.list': signedIn,
  'event.read': signedIn,
  'consent.list': signedIn,
  /** Who the caller's own company relates to (its chains' leaders, its buyers, banks): its own view. */
  'consent.candidates': signedIn,
  'company.register': (p) =>
    p.platformAdmin
      ? ALLOW
      : deny(
          'only platform admins can register companies; a chain leader invites its suppliers instead',
        ),
  'user.create': (p, t) => mayManageUsers(p, t.companyId, 'create users'),
  'user.manage': (p, t) => mayManageUsers(p, t.companyId, 'manage users'),
  'user.list': (p, t) => mayManageUsers(p, t.companyId, 'list users'),
  'user.issuePasswordReset': (p, t) => mayManageUsers(p, t.companyId, 'issue password reset links'),
  /** One's own password (the current one is the proof). */
  'user.changeOwnPassword': signedIn,
  'chain.create': (p) =>
    all(decided(mayCreateChain(p.companyKind)), hasRole(p, 'ADMIN', 'creating a chain')),
  'chain.read': async (p, t, facts) => {
    if (await isLeader(p, t, facts)) return ALLOW;
    const status = await facts.memberStatus(need(t, 'chainId'), p.companyId);
    return status !== undefined ? ALLOW : deny('you are not a member of this chain');
  },
  'chain.network': leaderOnly('VIEWER', 'see the supplier network'),
  'chain.risks': leaderOnly('VIEWER', 'see single-source risks'),
  'chain.path': async (p, t, facts) => {
    if (await isLeader(p, t, facts)) return ALLOW;
    const status = await facts.memberStatus(need(t, 'chainId'), p.companyId);
    return t.supplierId === p.companyId && status && IN_NETWORK.includes(status)
      ? ALLOW
      : deny("only the leader, or the supplier itself, can see a supplier's path to the leader");
  },
  'chain.import': leaderOnly('OPERATOR', 'import suppliers'),
  'chain.members': leaderOnly('ADMIN', 'suspend, reinstate or remove members'),
  'chain.invite': async (p, t, facts) => {
    const role = hasRole(p, 'OPERATOR', 'inviting suppliers');
    if (!role.ok) return role;
    const chainId = need(t, 'chainId');
    const inviter = {
      leaderId: await facts.chainLeader(chainId),
      inviterId: p.companyId,
      inviterStatus: await facts.memberStatus(chainId, p.companyId),
    };
    return decided(mayInvite(inviter, chainId));
  },
  'chain.answer': (p) => hasRole(p, 'ADMIN', 'answering an invitation'),
  /** The caller's own supply links: trading companies only (banks and operators buy nothing here). */
  'supplier.list': (p) => tradingCompany(p, 'your own suppliers'),
  'supplier.declare': (p) =>
    all(tradingCompany(p, 'declaring suppliers'), hasRole(p, 'OPERATOR', 'declaring suppliers')),
  /** The supplier confirms a buyer's declared link (finding 6: only then does it authorize trade). */
  'supplier.confirm': (p) =>
    all(
      tradingCompany(p, 'confirming supply links'),
      hasRole(p, 'OPERATOR', 'confirming supply links'),
    ),
  'company.exposure': (p, t) =>
    t.companyId === p.companyId
      ? ALLOW
      : deny('only the company itself can see which chains depend on it'),
  'order.place': async (p, t, facts) => {
    const basic = all(
      tradingCompany(p, 'placing orders'),
      hasRole(p, 'OPERATOR', 'placing orders'),
    );
    if (!basic.ok) return basic;
    return decided(mayTrade(await facts.tradeFacts(p.companyId, need(t, 'supplierId'))));
  },
  'order.read': async (p, t, facts) => {
    const parties = await facts.orderParties(need(t, 'orderId'));
    if (!parties) return fail('NOT_FOUND', `order ${t.orderId} does not exist`);
    return decided(mayUseOrder(parties, p.companyId, 'see'));
  },
  'order.act': async (p, t, facts) => {
    const parties = await facts.orderParties(need(t, 'orderId'));
    if (!parties) return fail('NOT_FOUND', `order ${t.orderId} does not exist`);
    return all(
      decided(mayUseOrder(parties, p.companyId, 'act on')),
      hasRole(p, 'OPERATOR', 'acting on orders'),
    );
  },
  'order.list': (p) => tradingCompany(p, 'orders'),
  'kpi.read': (p) => tradingCompany(p, 'supplier KPIs'),
  'stock.report': (p) =>
    all(decided(mayReportStock(p.companyKind)), hasRole(p, 'OPERATOR', 'reporting stock')),
  /** Receipts the caller's company issued or holds: its own. */
  'receipt.list': signedIn,
  /** The warehouse operator states what it holds for a company (仓单): what inventory loans are valued from. */
  'receipt.issue': (p) =>
    all(
      decided(mayIssueWarehouseReceipts(p.companyKind)),
      hasRole(p, 'OPERATOR', 'issuing warehouse receipts'),
    ),
  'stock.read': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    if (owner === p.companyId) return ALLOW;
    return (await facts.consent(owner, p.companyId, 'INVENTORY'))
      ? { ok: true, audit: { ownerId: owner, scope: 'INVENTORY' } }
      : deny(
          "you have not been given access to this supplier's inventory: it must grant your company an INVENTORY consent",
        );
  },
  'consent.manage': (p) => mayManageConsents(p),
  'apikey.manage': (p) => mayManageApiKeys(p),
  'audit.read': (p) => hasRole(p, 'OPERATOR', 'reading the access log'),
  'receivable.register': async (p, t, facts) => {
    const basic = all(
      tradingCompany(p, 'registering receivables'),
      hasRole(p, 'OPERATOR', 'registering receivables'),
    );
    if (!basic.ok) return basic;
    const parties = await facts.orderParties(need(t, 'orderId'));
    if (!parties) return fail('NOT_FOUND', `order ${t.orderId} does not exist`);
    return decided(mayRegisterReceivable(parties, p.companyId));
  },
  'receivable.list': signedIn,
  /**
   * The debtor, its chain of title, a bank applied to or financing it (not one that refused it); a bank
   * the holder opened its receivables to with an unexpired consent, audited (finding 5: per receivable).
   */
  'receivable.read': async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    const { parties } = found;
    if (mayReadReceivable(parties, p, false).ok) return ALLOW;
    const consent =
      p.companyKind === 'BANK' &&
      (await facts.consent(parties.holderId, p.companyId, 'RECEIVABLES'));
    const ground = mayReadReceivable(parties, p, consent);
    return ground.ok
      ? { ok: true, audit: { ownerId: parties.holderId, scope: 'RECEIVABLES' } }
      : ground;
  },
  'receivable.confirm': debtorOnly('confirm a receivable (确权)'),
  'receivable.settle': debtorOnly('settle a receivable'),
  /** Split, transfer, apply for financing: the current holder. */
  'receivable.dispose': async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    return all(
      decided(mayDisposeOfReceivable(found.parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'disposing of receivables'),
    );
  },
  'product.define': (p) =>
    all(
      decided(mayDefineFinanceProducts(p.companyKind)),
      hasRole(p, 'ADMIN', 'defining finance products'),
    ),
  'product.list': signedIn,
  'pledge.pool': (p) => bankOnly(p, 'VIEWER', 'the receivable pool'),
  /** Finding 7: a pledge exists only on the holder's application; a bank's consent lets it see, never take. */
  'pledge.register': async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    return all(
      decided(mayApplyForFinancing(found.parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'applying for financing'),
    );
  },
  'pledge.list': signedIn,
  /** The pledgeChanged stream: anyone signed in; each update passes 'pledge.read' (its parties only). */
  'pledge.live': signedIn,
  'loan.request': (p) =>
    all(
      decided(mayBorrowAgainstInventory(p.companyKind)),
      hasRole(p, 'OPERATOR', 'requesting inventory loans'),
    ),
  'loan.list': signedIn,
  'alert.list': signedIn,
  'loan.read': async (p, t, facts) => (await loanParty(p, t, facts)).decision,
  /** Parties act; the loan's rules decide which party may take which step. */
  'loan.act': async (p, t, facts) => {
    const { decision } = await loanParty(p, t, facts);
    return decision.ok ? hasRole(p, 'OPERATOR', 'acting on inventory loans') : decision;
  },
  'loan.release': async (p, t, facts) => {
    const { decision, parties } = await loanParty(p, t, facts);
    if (!decision.ok || !parties) return decision;
    return all(
      decided(releaserOf(parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'releasing pledged goods'),
    );
  },
  'risk.bank': (p) => bankOnly(p, 'VIEWER', 'risk views of financing'),
  /**
   * A company a bank's risk views (circular trades) look at: its counterparties, or a holder that opened
   * its receivables to it with an unexpired consent, audited (finding 13).
   */
  'risk.subject': async (p, t, facts) => {
    const bank = bankOnly(p, 'VIEWER', 'risk views of financing');
    if (!bank.ok) return bank;
    const companyId = need(t, 'companyId');
    const counterparty = (await facts.bankCounterparties(p.companyId)).has(companyId);
    const consent =
      !counterparty && (await facts.consentGrantors(p.companyId, 'RECEIVABLES')).has(companyId);
    const ground = mayWatchForRisk(counterparty, consent);
    if (!ground.ok) return ground;
    return ground.value === 'CONSENT'
      ? { ok: true, audit: { ownerId: companyId, scope: 'RECEIVABLES' } }
      : ALLOW;
  },
  'risk.leader': (p) => tradingCompany(p, 'payables and what was financed against them'),
  'price.report': (p) =>
    p.platformAdmin
      ? hasRole(p, 'OPERATOR', 'reporting prices')
      : all(decided(mayReportPrices(p.companyKind)), hasRole(p, 'OPERATOR', 'reporting prices')),
  'pledge.read': async (p, t, facts) => (await pledgeParty(p, t, facts)).decision,
  'pledge.act': async (p, t, facts) => {
    const { decision, parties } = await pledgeParty(p, t, facts);
    if (!decision.ok || !parties) return decision;
    return all(
      decided(mayActOnPledge(parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'acting on pledges'),
    );
  },
  // Digital-level assessment: a company's assessment, its evidence and its plans are its data.
  'assessment.questionnaire': signedIn,
  'assessment.mine': (p) => tradingCompany(p, 'the digital-level assessment'),
  'assessment.draft': (p) =>
    all(
      tradingCompany(p, 'the digital-level assessment'),
      hasRole(p, 'OPERATOR', 'saving an assessment draft'),
    ),
  /** Submitting is the company's self-declaration: ADMIN. */
  'assessment.submit': (p) =>
    all(
      tradingCompany(p, 'the digital-level assessment'),
      hasRole(p, 'ADMIN', 'submitting an assessment (a self-declaration)'),
    ),
  /** The company itself; a company it granted an ASSESSMENT consent (its leader, a bank), audited. */
  'assessment.read': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    if (owner === p.companyId) return ALLOW;
    return (await facts.consentGrantors(p.companyId, 'ASSESSMENT')).has(owner)
      ? { ok: true, audit: { ownerId: owner, scope: 'ASSESSMENT' } }
      : deny(
          "you have not been given access to this company's digital assessment: it must grant your company an ASSESSMENT consent",
        );
  },
  'assessment.dashboard': leaderOnly('VIEWER', "see the chain's digital dashboard"),
  /** The company itself, or the leader of a chain it belongs to with its ASSESSMENT consent (audited). */
  'assessment.plan': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    const role = hasRole(p, 'OPERATOR', 'planning improvement');
    if (owner === p.companyId) return all(tradingCompany(p, 'planning improvement'), role);
    const planner = decided(mayPlanImprovement(owner, p.companyId, await facts.leadersOf(owner)));
    if (!planner.ok) return planner;
    if (!role.ok) return role;
    return (await facts.consentGrantors(p.companyId, 'ASSESSMENT')).has(owner)
      ? { ok: true, audit: { ownerId: owner, scope: 'ASSESSMENT' } }
      : deny(
          "planning a supplier's improvement needs its ASSESSMENT consent: its levels and evidence are its data",
        );
  },
  'assessment.task': async (p, t, facts) => {
    const task = await facts.taskParties(need(t, 'taskId'));
    if (!task) return fail('NOT_FOUND', `improvement task ${t.taskId} does not exist`);
    return all(
      decided(mayMoveTask(task, p.companyId)),
      hasRole(p, 'OPERATOR', 'updating improvement tasks'),
    );
  },
  // Release requests (放货申请) under an inventory loan: every party of the loan reads them; the
  // borrower asks and cancels, the bank approves or rejects, the warehouse operator executes.
  'release.list': signedIn,
  'release.request': loanPartyAs(
    'borrowerId',
    'the borrower',
    'ask for a release of pledged goods',
  ),
  'release.cancel': loanPartyAs('borrowerId', 'the borrower', 'cancel a release request'),
  'release.decide': loanPartyAs(
    'bankId',
    'the lending bank',
    'approve or reject a release request',
  ),
  'release.execute': loanPartyAs('operatorId', 'the warehouse operator', 'execute a release'),
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

/**
 * Actions anyone may take without logging in: logging in, and seeing what an invitation link is for
 * and signing up with it (the link's one-time token is the credential; the sign-up rule checks it).
 */
export const PUBLIC_ACTIONS = [
  'session.login',
  'invitation.signUp',
  'invitation.preview',
  /** The reset link's one-time token is the credential (users/credentials' resetPassword checks it). */
  'password.reset',
] as const;
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];
const PUBLIC = new Set<string>(PUBLIC_ACTIONS);

export async function authorize(
  principal: Principal,
  action: Action | PublicAction,
  target: Target,
  facts: AccessFacts,
): Promise<Decision> {
  if (PUBLIC.has(action)) return ALLOW;
  if (principal.kind === 'anonymous') {
    const message =
      principal.tokenProblem === 'invalid'
        ? 'your session token is invalid or has expired: log in again'
        : principal.tokenProblem === 'inactive'
          ? "this account is deactivated: ask your company's admin"
          : principal.tokenProblem === 'unknown-user'
            ? 'no platform user matches your token: ask your company admin to create your account'
            : "log in first: call login and send 'Authorization: Bearer <token>'";
    return fail('UNAUTHENTICATED', message);
  }
  return POLICY[action as Action](principal, target, facts);
}
