/** Inventory loans (存货融资), their alerts, prices and release requests. */
import { mayBorrowAgainstInventory, mayReportPrices, releaserOf } from '@chainlift/domain';
import { type Rule, all, decided, hasRole, loanParty, loanPartyAs, signedIn } from './rule';

export const INVENTORY_LOANS_POLICY = {
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
  'price.report': (p) =>
    p.platformAdmin
      ? hasRole(p, 'OPERATOR', 'reporting prices')
      : all(decided(mayReportPrices(p.companyKind)), hasRole(p, 'OPERATOR', 'reporting prices')),
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
