/**
 * Who may do what in the pledge register. Asked by the gateway's authorization module before an
 * event is published and by the pledge deciders when it is applied — one rule, one message.
 */
import { fail, ok, type Result } from '../../shared/errors';

/** Only a bank defines (and prices) finance products. */
export const mayDefineFinanceProducts = (kind: string | undefined): Result<true> =>
  kind === 'BANK' ? ok(true) : fail('FORBIDDEN', 'only a bank defines finance products');

/**
 * A pledge exists only on the holder's application (finding 7): the current holder applies with its
 * receivable; a RECEIVABLES consent lets a bank see the holder's receivables, never pledge them.
 */
export const mayApplyForFinancing = (r: { holderId: string }, companyId: string): Result<true> =>
  r.holderId === companyId
    ? ok(true)
    : fail(
        'FORBIDDEN',
        "a pledge exists only on the holder's application: only the current holder applies for financing with a receivable (a RECEIVABLES consent lets a bank see it, never pledge it)",
        'receivableId',
      );

export interface PledgeParties {
  bankId: string;
  /** The current holder of the pledged receivable. */
  holderId: string;
  debtorId: string;
  requestedBy: string;
}

/** The bank, the holder, the debtor (and whoever applied) see a pledge; nobody else. */
export const maySeePledge = (p: PledgeParties, companyId: string): Result<true> =>
  [p.bankId, p.holderId, p.debtorId, p.requestedBy].includes(companyId)
    ? ok(true)
    : fail('FORBIDDEN', 'only the bank, the holder and the debtor can see a pledge');

/** The lending bank acts on a pledge; the holder only to withdraw it (`transitionPledge` says which step). */
export const mayActOnPledge = (p: { bankId: string; holderId: string }, companyId: string) =>
  companyId === p.bankId || companyId === p.holderId
    ? ok(true)
    : fail(
        'FORBIDDEN',
        'only the lending bank, or the holder withdrawing its request, can act on a pledge',
        'pledgeId',
      );

/** Only the lending bank records where its pledge is registered (中登网): the registration is its act. */
export const mayRecordPledgeRegistration = (p: { bankId: string }, companyId: string) =>
  companyId === p.bankId
    ? ok(true)
    : fail('FORBIDDEN', "only the lending bank records a pledge's registration", 'pledgeId');
