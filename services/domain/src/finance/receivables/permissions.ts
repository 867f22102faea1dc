/**
 * Who may do what with a receivable. Each predicate is asked twice with the same answer: by the
 * gateway's authorization module (auth/authorize.ts) before an event is published or data is shown,
 * and by the receivable deciders when the event is applied (events also arrive from other producers).
 */
import { fail, ok, type Result } from '../../shared/errors';
import type { PledgeStatus } from '../pledges/pledge';

/** Only the supplier of an order registers the receivable it gives rise to. */
export const mayRegisterReceivable = (
  order: { supplierId: string },
  companyId: string,
): Result<true> =>
  order.supplierId === companyId
    ? ok(true)
    : fail('FORBIDDEN', 'only the supplier of an order can register its receivable', 'orderId');

/** The debtor answers for what it owes: confirms (确权), disputes, settles. */
export const mayActAsDebtor = (
  r: { debtorId: string },
  companyId: string,
  what: string,
): Result<true> =>
  r.debtorId === companyId
    ? ok(true)
    : fail('FORBIDDEN', `only the debtor can ${what}`, 'receivableId');

/** The current holder disposes of a receivable: splits it, passes it on, applies for financing with it. */
export const mayDisposeOfReceivable = (
  r: { holderId: string },
  companyId: string,
  what = 'split, transfer or finance',
): Result<true> =>
  r.holderId === companyId
    ? ok(true)
    : fail('FORBIDDEN', `only the current holder can ${what} a receivable`, 'receivableId');

/** Who may read one receivable (or part), as the authorization module loads it. */
export interface ReceivableAudience {
  debtorId: string;
  holderId: string;
  /**
   * Its chain of title: every company that registered or held this receivable or a part split from
   * it (a part's holder sees where its claim comes from; a sibling part's holder does not).
   */
  titleHolders: string[];
  /** The pledges on this very receivable (not on other parts of its root), with their bank and status. */
  pledges: { bankId: string; status: PledgeStatus }[];
}

/** On what ground a company reads a receivable: as a party, or (a bank) by the holder's consent, audited. */
export type ReceivableReadGround = 'PARTY' | 'CONSENT';

/**
 * The debtor and the chain of title read it; a bank reads one it was applied to or finances (a
 * REJECTED application is no ground: a refused bank does not follow the receivable afterwards), or
 * any the holder opened to it with an unexpired RECEIVABLES consent (the caller checks the consent).
 */
export function mayReadReceivable(
  r: ReceivableAudience,
  viewer: { companyId: string; companyKind: string },
  holderConsents: boolean,
): Result<ReceivableReadGround> {
  const id = viewer.companyId;
  if (r.debtorId === id || r.holderId === id || r.titleHolders.includes(id)) return ok('PARTY');
  if (r.pledges.some((p) => p.bankId === id && p.status !== 'REJECTED')) return ok('PARTY');
  if (viewer.companyKind === 'BANK' && holderConsents) return ok('CONSENT');
  return fail(
    'FORBIDDEN',
    'you have not been given access to this receivable: its holder must grant your company a RECEIVABLES consent',
  );
}
