/**
 * The authorization matrix: every query and mutation × callers of every role and company kind,
 * own company, same chain and foreign — through the real gateway. Allowed callers get past the
 * authorization module and meet a deliberate domain error (bad input, unknown id, illegal move),
 * so nothing changes; everybody else gets FORBIDDEN (UNAUTHENTICATED without a token).
 */
import { randomUUID } from 'node:crypto';
import { TEST_ADMIN } from '../support/accounts';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { subscriptions } from '../support/live';
import { codeOf, startTestApi, type Account, type Client, type TestApi } from '../support/platform';

const CALLERS = [
  'anonymous',
  'platformAdmin',
  'leaderAdmin',
  'leaderOperator',
  'leaderViewer',
  'memberAdmin',
  'memberViewer',
  'otherMemberAdmin',
  'foreignLeaderAdmin',
  'foreignSmeAdmin',
  'bankAdmin',
  'warehouseAdmin',
  /** A 主管部门 of 宁波市 (330200), where the test companies are registered: a viewer and an admin. */
  'authorityViewer',
  'authorityAdmin',
  'providerAdmin',
  'providerViewer',
] as const;
type Caller = (typeof CALLERS)[number];

interface Ids {
  w: ChainWorld;
  order: string;
  cancelledOrder: string;
  spareUser: string;
  /** t1a's receivable on the leader: confirmed, with t1a's pending application at the bank. */
  receivable: string;
  /** t1a's receivable on the leader, not confirmed yet. */
  unconfirmed: string;
  pledge: string;
  product: string;
  deliveredOrder: string;
  /** t1a's inventory loan request at the bank, goods at the warehouse operator. */
  loan: string;
  /** Release requests on t1a's ACTIVE loan (goods RX at the warehouse): one REQUESTED that would cross the margin-call line, one REJECTED. */
  release: { loan: string; requested: string; rejected: string };
  /** An OPEN task of t1a's improvement plan, owned by the leader. */
  task: string;
  /** The provider's ACTIVE product, its WITHDRAWN one, and t1a's PROPOSED engagement of the active one for `task`. */
  serviceProduct: string;
  withdrawnProduct: string;
  engagement: string;
  companyOf: Record<Caller, string>;
}

interface Operation {
  name: string;
  query: string;
  variables: (ids: Ids, caller: Caller) => Record<string, unknown>;
  /** Who gets past authorization, and the code they then get ('OK' = data returned). */
  allowed: Partial<Record<Caller, string>>;
}

const all = (code: string, except: Caller[] = []): Partial<Record<Caller, string>> =>
  Object.fromEntries(
    CALLERS.filter((c) => c !== 'anonymous' && !except.includes(c)).map((c) => [c, code]),
  );
const only = (code: string, callers: Caller[]): Partial<Record<Caller, string>> =>
  Object.fromEntries(callers.map((c) => [c, code]));
const LEADER: Caller[] = ['leaderAdmin', 'leaderOperator', 'leaderViewer'];
const MEMBER: Caller[] = ['memberAdmin', 'memberViewer'];
const TRADERS: Caller[] = [
  ...LEADER,
  ...MEMBER,
  'otherMemberAdmin',
  'foreignLeaderAdmin',
  'foreignSmeAdmin',
];
const BAD_USCC = '91350100M000100Y44';
/** Every caller holding the ADMIN role in its company. */
const ADMINS: Caller[] = [
  'platformAdmin',
  'leaderAdmin',
  'memberAdmin',
  'otherMemberAdmin',
  'foreignLeaderAdmin',
  'foreignSmeAdmin',
  'bankAdmin',
  'warehouseAdmin',
  'providerAdmin',
  'authorityAdmin',
];

const OPERATIONS: Operation[] = [
  // Queries
  { name: 'me', query: '{ me { id } }', variables: () => ({}), allowed: all('OK') },
  {
    name: 'companies',
    query: '{ companies(first: 1) { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'company',
    query: 'query ($id: ID!) { company(id: $id) { id } }',
    variables: (i) => ({ id: i.w.t1a.companyId }),
    allowed: all('OK'),
  },
  {
    name: 'users',
    query: 'query ($c: ID!) { users(companyId: $c) { id } }',
    variables: (i) => ({ c: i.w.leader.companyId }),
    allowed: only('OK', ['platformAdmin', 'leaderAdmin']),
  },
  {
    name: 'chain',
    query: 'query ($c: ID!) { chain(id: $c) { id } }',
    variables: (i) => ({ c: i.w.chainId }),
    allowed: only('OK', [...LEADER, ...MEMBER, 'otherMemberAdmin']),
  },
  {
    name: 'invitation (public; unknown link)',
    query: 'query ($t: String!) { invitation(token: $t) { status } }',
    variables: () => ({ t: `cli_${'A'.repeat(43)}` }),
    allowed: { anonymous: 'OK', ...all('OK') },
  },
  { name: 'myChains', query: '{ myChains { status } }', variables: () => ({}), allowed: all('OK') },
  {
    name: 'mySuppliers',
    query: '{ mySuppliers { products } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  {
    name: 'myBuyers',
    query: '{ myBuyers { products confirmed } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  {
    name: 'consentCandidates',
    query: '{ consentCandidates { scopes } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'supplierNetwork',
    query: 'query ($c: ID!) { supplierNetwork(chainId: $c) { total } }',
    variables: (i) => ({ c: i.w.chainId }),
    allowed: only('OK', LEADER),
  },
  {
    name: 'pathToLeader',
    query: 'query ($c: ID!, $s: ID!) { pathToLeader(chainId: $c, supplierId: $s) { id } }',
    variables: (i) => ({ c: i.w.chainId, s: i.w.t1a.companyId }),
    allowed: only('OK', [...LEADER, ...MEMBER]),
  },
  {
    name: 'singleSourceRisks',
    query: 'query ($c: ID!) { singleSourceRisks(chainId: $c) { product } }',
    variables: (i) => ({ c: i.w.chainId }),
    allowed: only('OK', LEADER),
  },
  {
    name: 'exposure',
    query: 'query ($c: ID!) { exposure(companyId: $c) { tier } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', MEMBER),
  },
  {
    name: 'order',
    query: 'query ($o: ID!) { order(id: $o) { id } }',
    variables: (i) => ({ o: i.order }),
    allowed: only('OK', [...LEADER, ...MEMBER]),
  },
  {
    name: 'orders',
    query: '{ orders(role: BUYER) { id } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  {
    name: 'supplierKpis',
    query: '{ supplierKpis { orders } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  {
    name: 'stock (of t1a, no consent)',
    query: 'query ($c: ID!) { stock(companyId: $c) { sku } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', MEMBER),
  },
  {
    name: 'stockCoverage (of t1a, no consent)',
    query: 'query ($c: ID!) { stockCoverage(companyId: $c) { emptyReason } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', MEMBER),
  },
  {
    name: 'lowStock (of t1a, no consent)',
    query: 'query ($c: ID!) { lowStock(companyId: $c) { sku } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', MEMBER),
  },
  {
    name: 'consents',
    query: '{ consents(direction: GRANTED) { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'accessLog',
    query: '{ accessLog { at } }',
    variables: () => ({}),
    allowed: all('OK', ['leaderViewer', 'memberViewer', 'authorityViewer', 'providerViewer']),
  },
  {
    name: 'eventOutcome',
    query: 'query ($e: ID!) { eventOutcome(eventId: $e) { status } }',
    variables: () => ({ e: randomUUID() }),
    allowed: all('OK'),
  },
  // Mutations: allowed callers meet a domain error after authorization, so nothing is written.
  {
    name: 'registerCompany',
    query:
      'mutation ($u: String!) { registerCompany(input: { name: "x", uscc: $u, kind: SME, region: "r", industry: "i" }) { status } }',
    variables: () => ({ u: BAD_USCC }),
    allowed: only('BAD_USER_INPUT', ['platformAdmin']),
  },
  {
    name: 'createUser',
    query:
      'mutation ($c: ID!) { createUser(input: { companyId: $c, email: "m@x.cn", name: "m", role: VIEWER, password: "short" }) { id } }',
    variables: (i) => ({ c: i.w.leader.companyId }),
    allowed: only('BAD_USER_INPUT', ['platformAdmin', 'leaderAdmin']),
  },
  {
    name: 'changeUserRole (to the role it has)',
    query: 'mutation ($u: ID!) { changeUserRole(userId: $u, role: VIEWER) { role } }',
    variables: (i) => ({ u: i.spareUser }),
    allowed: only('OK', ['platformAdmin', 'leaderAdmin']),
  },
  {
    name: 'deactivateUser (unknown user)',
    query: 'mutation ($u: ID!) { deactivateUser(userId: $u) { id } }',
    variables: () => ({ u: randomUUID() }),
    allowed: only('NOT_FOUND', ['platformAdmin']),
  },
  {
    name: 'changePassword (too short a new one)',
    query:
      'mutation { changePassword(currentPassword: "whatever-it-is", newPassword: "short") { id } }',
    variables: () => ({}),
    allowed: all('BAD_USER_INPUT'),
  },
  {
    name: 'issuePasswordReset (unknown user)',
    query: 'mutation ($u: ID!) { issuePasswordReset(userId: $u) { expiresAt } }',
    variables: () => ({ u: randomUUID() }),
    allowed: only('NOT_FOUND', ['platformAdmin']),
  },
  {
    name: 'resetPassword (public; unknown link)',
    query:
      'mutation ($t: String!) { resetPassword(token: $t, newPassword: "long enough password") { token } }',
    variables: () => ({ t: `clr_${'A'.repeat(43)}` }),
    allowed: { anonymous: 'NOT_FOUND', ...all('NOT_FOUND') },
  },
  {
    name: 'acceptInvitationWithSignUp (public; unknown link)',
    query:
      'mutation ($t: String!) { acceptInvitationWithSignUp(input: { token: $t, name: "x", email: "x@x.cn", password: "long enough password" }) { token } }',
    variables: () => ({ t: `cli_${'A'.repeat(43)}` }),
    allowed: { anonymous: 'NOT_FOUND', ...all('NOT_FOUND') },
  },
  {
    name: 'createChain (empty name)',
    query: 'mutation { createChain(name: " ") { id } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', ['leaderAdmin', 'foreignLeaderAdmin']),
  },
  {
    name: 'inviteSupplier (bad USCC)',
    query:
      'mutation ($c: ID!, $u: String!) { inviteSupplier(chainId: $c, supplier: { name: "x", uscc: $u, email: "x@x.cn" }) { applied } }',
    variables: (i) => ({ c: i.w.chainId, u: BAD_USCC }),
    allowed: only('BAD_USER_INPUT', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
    ]),
  },
  {
    name: 'importSuppliers (bad file: reported, not imported)',
    query:
      'mutation ($c: ID!) { importSuppliers(chainId: $c, csv: "name,email\\nA,a@b.cn") { applied } }',
    variables: (i) => ({ c: i.w.chainId }),
    allowed: only('OK', ['leaderAdmin', 'leaderOperator']),
  },
  {
    name: 'respondToInvitation (nothing to answer)',
    query: 'mutation ($c: ID!) { respondToInvitation(chainId: $c, accept: true) { status } }',
    variables: (i) => ({ c: i.w.chainId }),
    allowed: {
      ...only('CONFLICT', ['leaderAdmin', 'memberAdmin', 'otherMemberAdmin']),
      ...only('NOT_FOUND', [
        'platformAdmin',
        'foreignLeaderAdmin',
        'foreignSmeAdmin',
        'bankAdmin',
        'warehouseAdmin',
        'providerAdmin',
        'authorityAdmin',
      ]),
    },
  },
  {
    name: 'changeMemberStatus (reinstate an active member)',
    query:
      'mutation ($c: ID!, $m: ID!) { changeMemberStatus(chainId: $c, companyId: $m, move: REINSTATE) { status } }',
    variables: (i) => ({ c: i.w.chainId, m: i.w.t1a.companyId }),
    allowed: only('CONFLICT', ['leaderAdmin']),
  },
  {
    name: 'declareSupplier (itself)',
    query: 'mutation ($s: ID!) { declareSupplier(supplierId: $s) { status } }',
    variables: (i, caller) => ({ s: i.companyOf[caller] }),
    allowed: only('BAD_USER_INPUT', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'removeSupplier (no such link)',
    query: 'mutation ($s: ID!) { removeSupplier(supplierId: $s) { status } }',
    variables: () => ({ s: randomUUID() }),
    allowed: only('NOT_FOUND', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'confirmSupplyLink (no such link)',
    query: 'mutation ($b: ID!) { confirmSupplyLink(buyerId: $b) { status } }',
    variables: () => ({ b: randomUUID() }),
    allowed: only('NOT_FOUND', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'placeOrder (negative quantity, from t1a)',
    query:
      'mutation ($s: ID!) { placeOrder(input: { number: "M-1", supplierId: $s, promisedDate: "2099-01-01", lines: [{ sku: "X", quantity: -1, unitPrice: "1" }] }) { id } }',
    variables: (i) => ({ s: i.w.t1a.companyId }),
    // t1a itself is not its own trade partner: refused before the input is looked at.
    allowed: only('BAD_USER_INPUT', ['leaderAdmin', 'leaderOperator', 'otherMemberAdmin']),
  },
  {
    name: 'actOnOrder (cancel a cancelled order)',
    query: 'mutation ($o: ID!) { actOnOrder(orderId: $o, action: CANCEL) { status } }',
    variables: (i) => ({ o: i.cancelledOrder }),
    allowed: only('CONFLICT', ['leaderAdmin', 'leaderOperator', 'memberAdmin']),
  },
  {
    name: 'reportStock (negative quantity)',
    query: 'mutation { reportStock(positions: [{ sku: "X", quantity: -1 }]) { status } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'grantConsent (to itself)',
    query: 'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }',
    variables: (i, caller) => ({ g: i.companyOf[caller] }),
    allowed: only('BAD_USER_INPUT', [
      'platformAdmin',
      'leaderAdmin',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
      'bankAdmin',
      'warehouseAdmin',
      'providerAdmin',
      'authorityAdmin',
    ]),
  },
  {
    name: 'revokeConsent (unknown)',
    query: 'mutation ($c: ID!) { revokeConsent(consentId: $c) { id } }',
    variables: () => ({ c: randomUUID() }),
    allowed: only('NOT_FOUND', [
      'platformAdmin',
      'leaderAdmin',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
      'bankAdmin',
      'warehouseAdmin',
      'providerAdmin',
      'authorityAdmin',
    ]),
  },
  {
    name: 'apiKeys',
    query: '{ apiKeys { id } }',
    variables: () => ({}),
    allowed: only('OK', ADMINS),
  },
  {
    name: 'createApiKey (empty name)',
    query: 'mutation { createApiKey(name: " ") { key } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', ADMINS),
  },
  {
    name: 'revokeApiKey (unknown)',
    query: 'mutation ($k: ID!) { revokeApiKey(id: $k) { id } }',
    variables: () => ({ k: randomUUID() }),
    allowed: only('NOT_FOUND', ADMINS),
  },
  // Finance
  {
    name: 'receivable',
    query: 'query ($r: ID!) { receivable(id: $r) { id } }',
    variables: (i) => ({ r: i.receivable }),
    allowed: only('OK', [...LEADER, ...MEMBER, 'bankAdmin']),
  },
  {
    // Nested paths cross company boundaries too (finding 5): each field is authorized on its own.
    name: 'receivable → parts, transfers, payments, activePledge (nested)',
    query:
      'query ($r: ID!) { receivable(id: $r) { parts { id } transfers { on } payments { on } activePledge { id receivable { id } } } }',
    variables: (i) => ({ r: i.receivable }),
    allowed: only('OK', [...LEADER, ...MEMBER, 'bankAdmin']),
  },
  {
    name: 'receivables',
    query: '{ receivables(role: HOLDER) { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'financeProducts',
    query: '{ financeProducts { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'receivablePool',
    query:
      'query ($p: ID!) { receivablePool(productId: $p, loanEndDate: "2099-01-01") { eligible } }',
    variables: (i) => ({ p: i.product }),
    allowed: only('OK', ['bankAdmin']),
  },
  {
    name: 'pledge',
    query: 'query ($p: ID!) { pledge(id: $p) { id } }',
    variables: (i) => ({ p: i.pledge }),
    allowed: only('OK', [...LEADER, ...MEMBER, 'bankAdmin']),
  },
  {
    name: 'pledge → receivable → activePledge (nested)',
    query:
      'query ($p: ID!) { pledge(id: $p) { receivable { id parts { id } activePledge { id } } } }',
    variables: (i) => ({ p: i.pledge }),
    allowed: only('OK', [...LEADER, ...MEMBER, 'bankAdmin']),
  },
  {
    name: 'pledges',
    query: '{ pledges { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'pledge → registration, registrationRisk (nested)',
    query: 'query ($p: ID!) { pledge(id: $p) { registration { number } registrationRisk } }',
    variables: (i) => ({ p: i.pledge }),
    allowed: only('OK', [...LEADER, ...MEMBER, 'bankAdmin']),
  },
  {
    name: 'pledgeRegistrationForms',
    query: '{ pledgeRegistrationForms { pledgeId pledgor { uscc } description } }',
    variables: () => ({}),
    allowed: only('OK', ['bankAdmin']),
  },
  {
    name: 'registerReceivable (the order already backs one)',
    query:
      'mutation ($o: ID!) { registerReceivable(input: { orderId: $o, dueDate: "2099-01-01" }) { id } }',
    variables: (i) => ({ o: i.deliveredOrder }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'confirmReceivables (already confirmed)',
    query: 'mutation ($r: ID!) { confirmReceivables(ids: [$r]) { id } }',
    variables: (i) => ({ r: i.receivable }),
    allowed: only('CONFLICT', ['leaderAdmin']),
  },
  {
    name: 'disputeReceivable (already confirmed)',
    query: 'mutation ($r: ID!) { disputeReceivable(id: $r, reason: "wrong amount") { id } }',
    variables: (i) => ({ r: i.receivable }),
    allowed: only('CONFLICT', ['leaderAdmin']),
  },
  {
    name: 'splitReceivable (pledged)',
    query: 'mutation ($r: ID!) { splitReceivable(id: $r, amounts: ["1.00", "0.50"]) { id } }',
    variables: (i) => ({ r: i.receivable }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'transferReceivable (pledged)',
    query: 'mutation ($r: ID!, $t: ID!) { transferReceivable(id: $r, toCompanyId: $t) { id } }',
    variables: (i) => ({ r: i.receivable, t: i.w.t2.companyId }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'settleReceivable (not confirmed)',
    query: 'mutation ($r: ID!) { settleReceivable(id: $r) { receivable { id } } }',
    variables: (i) => ({ r: i.unconfirmed }),
    allowed: only('CONFLICT', ['leaderAdmin']),
  },
  {
    name: 'defineFinanceProduct (advance rate over 90 %)',
    query:
      'mutation { defineFinanceProduct(input: { name: "x", advanceRate: "95", annualRate: "4" }) { id } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', ['bankAdmin']),
  },
  {
    name: 'applyForFinancing (already pledged)',
    query:
      'mutation ($r: ID!, $p: ID!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: "2099-01-01") { id } }',
    variables: (i) => ({ r: i.receivable, p: i.product }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    // Finding 7: a pledge exists only on the holder's application; the bank (even with consent) is refused.
    name: 'registerPledge (already pledged)',
    query:
      'mutation ($r: ID!, $p: ID!) { registerPledge(receivableId: $r, productId: $p, loanEndDate: "2099-01-01") { id } }',
    variables: (i) => ({ r: i.receivable, p: i.product }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'recordPledgeRegistration (the pledge is only requested)',
    query:
      'mutation ($p: ID!) { recordPledgeRegistration(pledgeId: $p, registrationNumber: "04386937000515706571", registeredAt: "2026-01-05T10:00:00+08:00", amount: "1.00", termMonths: 12) { id } }',
    variables: (i) => ({ p: i.pledge }),
    // Only the lending bank passes authorization; the pledge rules then refuse a REQUESTED pledge.
    allowed: only('CONFLICT', ['bankAdmin']),
  },
  {
    name: 'actOnPledge (disburse before approval)',
    query: 'mutation ($p: ID!) { actOnPledge(id: $p, action: DISBURSE) { id } }',
    variables: (i) => ({ p: i.pledge }),
    // The holder passes authorization but may not disburse: the pledge rules refuse it.
    allowed: { ...only('CONFLICT', ['bankAdmin']), ...only('FORBIDDEN', ['memberAdmin']) },
  },
  // Inventory financing and risk views
  {
    name: 'inventoryLoan',
    query: 'query ($l: ID!) { inventoryLoan(id: $l) { id } }',
    variables: (i) => ({ l: i.loan }),
    allowed: only('OK', [...MEMBER, 'bankAdmin', 'warehouseAdmin']),
  },
  {
    name: 'inventoryLoans',
    query: '{ inventoryLoans { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  { name: 'alerts', query: '{ alerts { id } }', variables: () => ({}), allowed: all('OK') },
  {
    name: 'requestInventoryLoan (zero principal)',
    query:
      'mutation ($b: ID!, $o: ID!) { requestInventoryLoan(input: { bankId: $b, operatorId: $o, warehouse: "W", goods: [{ sku: "X", quantity: 1, unitCost: "1" }], principal: "0" }) { id } }',
    variables: (i) => ({ b: i.companyOf.bankAdmin, o: i.companyOf.warehouseAdmin }),
    allowed: only('BAD_USER_INPUT', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'actOnInventoryLoan (approve before the goods are confirmed)',
    query: 'mutation ($l: ID!) { actOnInventoryLoan(id: $l, action: APPROVE) { id } }',
    variables: (i) => ({ l: i.loan }),
    // Parties pass authorization; the loan's rules let only the bank approve.
    allowed: {
      ...only('CONFLICT', ['bankAdmin']),
      ...only('FORBIDDEN', ['memberAdmin', 'warehouseAdmin']),
    },
  },
  {
    name: 'releaseGoods (loan not active)',
    query: 'mutation ($l: ID!) { releaseGoods(loanId: $l, sku: "X", quantity: 1) { id } }',
    variables: (i) => ({ l: i.loan }),
    allowed: only('CONFLICT', ['bankAdmin', 'warehouseAdmin']),
  },
  // Release requests (放货申请): every party of the loan reads; the borrower asks and cancels, the bank decides, the operator executes.
  {
    name: 'releaseRequests',
    query: '{ releaseRequests { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'releaseRequests (of a loan)',
    query: 'query ($l: ID) { releaseRequests(loanId: $l) { id ltvAfter } }',
    variables: (i) => ({ l: i.release.loan }),
    allowed: only('OK', [...MEMBER, 'bankAdmin', 'warehouseAdmin']),
  },
  {
    name: 'requestRelease (loan not active)',
    query:
      'mutation ($l: ID!) { requestRelease(input: { loanId: $l, sku: "X", quantity: 1, reason: "发货" }) { id } }',
    variables: (i) => ({ l: i.loan }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'actOnReleaseRequest (approve past the margin-call line)',
    query: 'mutation ($r: ID!) { actOnReleaseRequest(id: $r, action: APPROVE) { id } }',
    variables: (i) => ({ r: i.release.requested }),
    allowed: only('CONFLICT', ['bankAdmin']),
  },
  {
    name: 'actOnReleaseRequest (cancel a rejected request)',
    query: 'mutation ($r: ID!) { actOnReleaseRequest(id: $r, action: CANCEL) { id } }',
    variables: (i) => ({ r: i.release.rejected }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'executeRelease (not approved)',
    query: 'mutation ($r: ID!) { executeRelease(id: $r) { id } }',
    variables: (i) => ({ r: i.release.requested }),
    allowed: only('CONFLICT', ['warehouseAdmin']),
  },
  {
    name: 'warehouseReceipts',
    query: '{ warehouseReceipts { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'issueWarehouseReceipt (negative quantity)',
    query:
      'mutation ($h: ID!) { issueWarehouseReceipt(input: { holderId: $h, warehouse: "W", sku: "X", quantity: -1 }) { id } }',
    variables: (i) => ({ h: i.w.t1a.companyId }),
    allowed: only('BAD_USER_INPUT', ['warehouseAdmin']),
  },
  {
    name: 'reportPrice (not an amount)',
    query: 'mutation { reportPrice(sku: "X", price: "-1") }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', ['platformAdmin', 'bankAdmin']),
  },
  {
    name: 'bankExposure',
    query: '{ bankExposure { total { amount } } }',
    variables: () => ({}),
    allowed: only('OK', ['bankAdmin']),
  },
  {
    name: 'circularTrades',
    query: '{ circularTrades { kind } }',
    variables: () => ({}),
    allowed: only('OK', ['bankAdmin']),
  },
  {
    name: 'undeliveredBacking',
    query: '{ undeliveredBacking { orderStatus } }',
    variables: () => ({}),
    allowed: only('OK', ['bankAdmin']),
  },
  {
    name: 'leaderFinance',
    query: '{ leaderFinance { overdue { amount } } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  // Digital-level assessment (t1a granted the leader an ASSESSMENT consent)
  {
    name: 'questionnaire',
    query: '{ questionnaire { version } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'myAssessments',
    query: '{ myAssessments { id } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  {
    name: 'assessment (of t1a)',
    query: 'query ($c: ID!) { assessment(companyId: $c) { history { id } } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', [...LEADER, ...MEMBER]),
  },
  {
    name: 'evidence (of t1a)',
    query: 'query ($c: ID!) { evidence(companyId: $c) { windowDays } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', [...LEADER, ...MEMBER]),
  },
  {
    name: 'chainDashboard',
    query: 'query ($c: ID!) { chainDashboard(chainId: $c) { coverage { members } } }',
    variables: (i) => ({ c: i.w.chainId }),
    allowed: only('OK', LEADER),
  },
  {
    name: 'improvementPlans (of t1a)',
    query: 'query ($c: ID!) { improvementPlans(companyId: $c) { id } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', [...LEADER, ...MEMBER]),
  },
  {
    name: 'proposedSteps (unknown scenario)',
    query:
      'query ($c: ID!) { proposedSteps(companyId: $c, targets: [{ scenarioId: "teleportation", level: 2 }]) { step } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('BAD_USER_INPUT', [...LEADER, ...MEMBER]),
  },
  {
    name: 'saveAssessmentDraft (level out of range)',
    query:
      'mutation { saveAssessmentDraft(answers: { scenarios: [{ scenarioId: "quality", level: 9 }] }) { id } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', [
      'leaderAdmin',
      'leaderOperator',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'submitAssessment (incomplete)',
    query:
      'mutation { submitAssessment(answers: { scenarios: [{ scenarioId: "quality", level: 2 }] }) { id } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', [
      'leaderAdmin',
      'memberAdmin',
      'otherMemberAdmin',
      'foreignLeaderAdmin',
      'foreignSmeAdmin',
    ]),
  },
  {
    name: 'planImprovement (no targets)',
    query: 'mutation ($c: ID!) { planImprovement(input: { companyId: $c, targets: [] }) { id } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('BAD_USER_INPUT', ['leaderAdmin', 'leaderOperator', 'memberAdmin']),
  },
  {
    name: 'updateImprovementTask (to the status it has)',
    query: 'mutation ($t: ID!) { updateImprovementTask(taskId: $t, status: OPEN) { id } }',
    variables: (i) => ({ t: i.task }),
    allowed: only('CONFLICT', ['leaderAdmin', 'leaderOperator', 'memberAdmin']),
  },
  // Service providers: the catalogue is everyone's; products are their provider's; engagements their two parties'.
  {
    name: 'serviceProducts',
    query: '{ serviceProducts(first: 5) { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'serviceProduct',
    query: 'query ($p: ID!) { serviceProduct(id: $p) { id history { version } } }',
    variables: (i) => ({ p: i.serviceProduct }),
    allowed: all('OK'),
  },
  {
    name: 'engagements',
    query: '{ engagements { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'publishServiceProduct (price zero)',
    query:
      'mutation { publishServiceProduct(input: { name: "X", description: "X", monthlyPrice: "0", scenarios: [{ scenarioId: "finance", targetLevel: 2 }], deliveryDays: 10 }) { id } }',
    variables: () => ({}),
    allowed: only('BAD_USER_INPUT', ['providerAdmin']),
  },
  {
    name: 'reviseServiceProduct (price zero)',
    query:
      'mutation ($p: ID!) { reviseServiceProduct(productId: $p, input: { name: "X", description: "X", monthlyPrice: "0", scenarios: [{ scenarioId: "finance", targetLevel: 2 }], deliveryDays: 10 }) { id } }',
    variables: (i) => ({ p: i.serviceProduct }),
    allowed: only('BAD_USER_INPUT', ['providerAdmin']),
  },
  {
    name: 'withdrawServiceProduct (already withdrawn)',
    query: 'mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { id } }',
    variables: (i) => ({ p: i.withdrawnProduct }),
    allowed: only('CONFLICT', ['providerAdmin']),
  },
  {
    name: "proposeEngagement (a withdrawn product, for t1a's task)",
    query:
      'mutation ($t: ID!, $p: ID!) { proposeEngagement(input: { taskId: $t, productId: $p }) { id } }',
    variables: (i) => ({ t: i.task, p: i.withdrawnProduct }),
    allowed: only('CONFLICT', ['memberAdmin']),
  },
  {
    name: 'actOnEngagement (deliver a PROPOSED one)',
    query: 'mutation ($e: ID!) { actOnEngagement(engagementId: $e, action: DELIVER) { id } }',
    variables: (i) => ({ e: i.engagement }),
    // t1a passes the module (a party) and meets the state machine's FORBIDDEN: only the provider delivers.
    allowed: only('CONFLICT', ['providerAdmin']),
  },
  // The inbox: every signed-in user has its own (its company's items, its own marks and choices).
  {
    name: 'notifications',
    query: '{ notifications(first: 5) { id kind read } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'unreadNotificationCount',
    query: '{ unreadNotificationCount }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'notificationPreferences',
    query: '{ notificationPreferences { kind channel enabled } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'markNotificationsRead (nothing named)',
    query: 'mutation { markNotificationsRead(ids: []) }',
    variables: () => ({}),
    allowed: all('BAD_USER_INPUT'),
  },
  // An authority's view of its own region (no argument names a region).
  {
    name: 'regionalStatistics',
    query: '{ regionalStatistics(months: 1) { region { code } companies } }',
    variables: () => ({}),
    allowed: only('OK', ['authorityViewer', 'authorityAdmin']),
  },
  {
    name: 'region',
    query: '{ region(code: "330200") { name } }',
    variables: () => ({}),
    allowed: only('OK', ['authorityViewer', 'authorityAdmin']),
  },
  {
    name: 'company (its regionCode, nested)',
    query: 'query ($id: ID!) { company(id: $id) { regionCode { code } } }',
    variables: (i) => ({ id: i.w.t1a.companyId }),
    allowed: all('OK'),
  },
  {
    name: 'setNotificationPreferences (no choice)',
    query: 'mutation { setNotificationPreferences(preferences: []) { kind } }',
    variables: () => ({}),
    allowed: all('BAD_USER_INPUT'),
  },
];

/**
 * Subscriptions: a refused caller gets its error as soon as it subscribes; an allowed one gets none
 * (and, in these few seconds, no data either — the per-update filters are tested in live-updates).
 */
const SUBSCRIPTIONS: Operation[] = [
  {
    name: 'orderChanged',
    query: 'subscription { orderChanged { id } }',
    variables: () => ({}),
    allowed: only('OK', TRADERS),
  },
  {
    name: 'stockChanged (of t1a, no consent)',
    query: 'subscription ($c: ID!) { stockChanged(companyId: $c) { sku } }',
    variables: (i) => ({ c: i.w.t1a.companyId }),
    allowed: only('OK', MEMBER),
  },
  {
    name: 'financeAlerts',
    query: 'subscription { financeAlerts { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'receivableChanged',
    query: 'subscription { receivableChanged { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  {
    name: 'pledgeChanged',
    query: 'subscription { pledgeChanged { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
  // The inbox: every signed-in user has its own (its company's items only).
  {
    name: 'notificationAdded',
    query: 'subscription { notificationAdded { id } }',
    variables: () => ({}),
    allowed: all('OK'),
  },
];

/** An ACTIVE loan of the borrower's (10 RX worth 1,000.00, principal 500.00: LTV 50 %) with two release requests. */
async function releaseRequestsOn(
  borrower: Account,
  bank: Account,
  warehouse: Account,
): Promise<Ids['release']> {
  // Collateral is what the warehouse operator's receipt states it holds (finding 9), not the
  // borrower's own stock report.
  await warehouse.data(
    'mutation ($h: ID!) { issueWarehouseReceipt(input: { holderId: $h, warehouse: "W", sku: "RX", quantity: 10 }) { id } }',
    { h: borrower.companyId },
  );
  const { requestInventoryLoan } = await borrower.data<{ requestInventoryLoan: { id: string } }>(
    'mutation ($b: ID!, $o: ID!) { requestInventoryLoan(input: { bankId: $b, operatorId: $o, warehouse: "W", goods: [{ sku: "RX", quantity: 10, unitCost: "100" }], principal: "500" }) { id } }',
    { b: bank.companyId, o: warehouse.companyId },
  );
  const loan = requestInventoryLoan.id;
  const actOnLoan = (who: Account, action: string) =>
    who.data(
      'mutation ($l: ID!, $a: InventoryLoanAction!) { actOnInventoryLoan(id: $l, action: $a) { id } }',
      { l: loan, a: action },
    );
  await actOnLoan(warehouse, 'CONFIRM_GOODS');
  await actOnLoan(bank, 'APPROVE');
  // Releasing 4 would leave 600.00 against 500.00: LTV 83.33 %, past the 78 % margin-call line.
  const ask = async (quantity: number) =>
    (
      await borrower.data<{ requestRelease: { id: string } }>(
        'mutation ($l: ID!, $q: Int!) { requestRelease(input: { loanId: $l, sku: "RX", quantity: $q, reason: "发货" }) { id } }',
        { l: loan, q: quantity },
      )
    ).requestRelease.id;
  const requested = await ask(4);
  const rejected = await ask(1);
  await bank.data(
    'mutation ($r: ID!) { actOnReleaseRequest(id: $r, action: REJECT, reason: "先还款") { id } }',
    { r: rejected },
  );
  return { loan, requested, rejected };
}

let api: TestApi;
let ids: Ids;
let clients: Record<Caller, Client>;

beforeAll(async () => {
  api = await startTestApi();
  const w = await buildChainWorld(api);
  const foreignLeader = await api.user(await api.company('CHAIN_LEADER', '别家链主'), 'ADMIN');
  const bank = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
  const warehouse = await api.user(await api.company('WAREHOUSE_OPERATOR', '四明仓储'), 'ADMIN');
  const authority = await api.user(
    await api.company('AUTHORITY', '宁波市经济和信息化局', { region: '330200' }),
    'VIEWER',
  );
  const leaderOperator = await api.user(w.leader.companyId, 'OPERATOR');
  const leaderViewer = await api.user(w.leader.companyId, 'VIEWER');
  const memberViewer = await api.user(w.t1a.companyId, 'VIEWER');
  const spare = await api.user(w.leader.companyId, 'VIEWER');
  const place = async (number: string) =>
    (
      await w.leader.data<{ placeOrder: { id: string } }>(
        `mutation ($s: ID!, $n: String!) { placeOrder(input: { number: $n, supplierId: $s, promisedDate: "2099-01-01", lines: [{ sku: "M", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
        { s: w.t1a.companyId, n: number },
      )
    ).placeOrder.id;
  const order = await place(`MX-${Date.now()}-1`);
  const cancelledOrder = await place(`MX-${Date.now()}-2`);
  await w.leader.data('mutation ($o: ID!) { actOnOrder(orderId: $o, action: CANCEL) { status } }', {
    o: cancelledOrder,
  });
  const deliveredOrderId = await deliveredOrder(w.leader, w.t1a, '50000.00');
  const receivable = await registerReceivable(w.t1a, deliveredOrderId);
  await confirmReceivables(w.leader, [receivable.id]);
  const unconfirmed = await registerReceivable(
    w.t1a,
    await deliveredOrder(w.leader, w.t1a, '100.00'),
  );
  const product = await defineProduct(bank);
  await grantReceivables(w.t1a, bank.companyId);
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: receivable.id, p: product, e: inDays(180) },
  );
  const { requestInventoryLoan } = await w.t1a.data<{ requestInventoryLoan: { id: string } }>(
    'mutation ($b: ID!, $o: ID!) { requestInventoryLoan(input: { bankId: $b, operatorId: $o, warehouse: "W", goods: [{ sku: "X", quantity: 10, unitCost: "100" }], principal: "500" }) { id } }',
    { b: bank.companyId, o: warehouse.companyId },
  );
  const release = await releaseRequestsOn(w.t1a, bank, warehouse);
  await w.t1a.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
    g: w.leader.companyId,
  });
  const { planImprovement } = await w.t1a.data<{ planImprovement: { tasks: { id: string }[] } }>(
    'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
    {
      i: {
        companyId: w.t1a.companyId,
        targets: [{ scenarioId: 'finance', level: 2 }],
        tasks: [{ title: '确权', ownerCompanyId: w.leader.companyId, dueDate: inDays(30) }],
      },
    },
  );
  const providerAdmin = await api.user(await api.company('SERVICE_PROVIDER', '甬数科技'), 'ADMIN');
  const providerViewer = await api.user(providerAdmin.companyId, 'VIEWER');
  const authorityAdmin = await api.user(authority.companyId, 'ADMIN');
  const publishProduct = async () =>
    (
      await providerAdmin.data<{ publishServiceProduct: { id: string } }>(
        'mutation { publishServiceProduct(input: { name: "财务云", description: "记账与对账", monthlyPrice: "500", scenarios: [{ scenarioId: "finance", targetLevel: 2 }], deliveryDays: 10 }) { id } }',
      )
    ).publishServiceProduct.id;
  const serviceProduct = await publishProduct();
  const withdrawnProduct = await publishProduct();
  await providerAdmin.data('mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { id } }', {
    p: withdrawnProduct,
  });
  const { proposeEngagement } = await w.t1a.data<{ proposeEngagement: { id: string } }>(
    'mutation ($t: ID!, $p: ID!) { proposeEngagement(input: { taskId: $t, productId: $p }) { id } }',
    { t: planImprovement.tasks[0]!.id, p: serviceProduct },
  );
  const [platform] = await api.cypher(
    'MATCH (u:User {email: $e})-[:WORKS_AT]->(c) RETURN c.id AS id',
    { e: TEST_ADMIN.email },
  );

  clients = {
    anonymous: api.anonymous,
    platformAdmin: api.admin,
    leaderAdmin: w.leader,
    leaderOperator,
    leaderViewer,
    memberAdmin: w.t1a,
    memberViewer,
    otherMemberAdmin: w.t2,
    foreignLeaderAdmin: foreignLeader,
    foreignSmeAdmin: w.outsider,
    bankAdmin: bank,
    warehouseAdmin: warehouse,
    authorityViewer: authority,
    authorityAdmin,
    providerAdmin,
    providerViewer,
  };
  ids = {
    w,
    order,
    cancelledOrder,
    spareUser: spare.userId,
    receivable: receivable.id,
    unconfirmed: unconfirmed.id,
    pledge: applyForFinancing.id,
    product,
    deliveredOrder: deliveredOrderId,
    loan: requestInventoryLoan.id,
    release,
    task: planImprovement.tasks[0]!.id,
    serviceProduct,
    withdrawnProduct,
    engagement: proposeEngagement.id,
    companyOf: {
      anonymous: randomUUID(),
      platformAdmin: platform!.id as string,
      leaderAdmin: w.leader.companyId,
      leaderOperator: w.leader.companyId,
      leaderViewer: w.leader.companyId,
      memberAdmin: w.t1a.companyId,
      memberViewer: w.t1a.companyId,
      otherMemberAdmin: w.t2.companyId,
      foreignLeaderAdmin: foreignLeader.companyId,
      foreignSmeAdmin: w.outsider.companyId,
      bankAdmin: bank.companyId,
      warehouseAdmin: warehouse.companyId,
      authorityViewer: authority.companyId,
      authorityAdmin: authority.companyId,
      providerAdmin: providerAdmin.companyId,
      providerViewer: providerAdmin.companyId,
    },
  };
}, 180_000);
afterAll(() => api.close());

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', (_name, op) => {
  it.each(CALLERS.map((c) => [c]))('as %s', async (caller) => {
    const response = await clients[caller].gql(op.query, op.variables(ids, caller));
    // Only a public operation lets the anonymous caller in (it says so in `allowed`).
    const expected =
      op.allowed[caller] ?? (caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect({ caller, code: codeOf(response) }).toEqual({ caller, code: expected });
    if (expected === 'FORBIDDEN' || expected === 'UNAUTHENTICATED') {
      // No leak: a refused caller gets no data and a message that says what to do.
      expect(Object.values(response.data ?? {}).filter((v) => v !== null)).toEqual([]);
      expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
    }
  });
});

describe.each(SUBSCRIPTIONS.map((op) => [op.name, op] as const))('subscription %s', (_name, op) => {
  it('lets in exactly the allowed callers', async () => {
    const live = subscriptions(api);
    try {
      const received = CALLERS.map(
        (c) => [c, live.subscribe(clients[c] as Account, op.query, op.variables(ids, c))] as const,
      );
      await new Promise((r) => setTimeout(r, 2500));
      const codes = Object.fromEntries(
        received.map(([c, r]) => [c, r.errors[0]?.extensions?.code ?? 'OK']),
      );
      const expected = Object.fromEntries(
        CALLERS.map((c) => [
          c,
          op.allowed[c] ?? (c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'),
        ]),
      );
      expect(codes).toEqual(expected);
      for (const [, r] of received) expect(r.data).toEqual([]);
    } finally {
      await live.close();
    }
  });
});

it('covers every query, mutation and subscription of the schema', async () => {
  const { __schema } = await api.data<{
    __schema: {
      queryType: { fields: { name: string }[] };
      mutationType: { fields: { name: string }[] };
      subscriptionType: { fields: { name: string }[] };
    };
  }>(
    '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
  );
  const covered = new Set([...OPERATIONS, ...SUBSCRIPTIONS].map((op) => op.name.split(' ')[0]));
  const exempt = new Set(['login']); // the one public operation, tested in accounts.int.test.ts
  const fields = [
    ...__schema.queryType.fields,
    ...__schema.mutationType.fields,
    ...__schema.subscriptionType.fields,
  ]
    .map((f) => f.name)
    .filter((n) => !exempt.has(n));
  expect(fields.filter((f) => !covered.has(f))).toEqual([]);
});
