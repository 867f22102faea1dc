/** Test fixtures: a small receivable ledger (one root of 1,000.00 the leader owes tier 1). Test-only. */
import type { PledgeEntry, LedgerEntry, ReceivableLedger } from './ledger';

export const LEADER = 'leader';
export const TIER1 = 'tier1';
export const TIER2 = 'tier2';
export const BANK = 'bank';
export const OTHER_BANK = 'other-bank';
export const TODAY = '2026-11-23';

export const entry = (overrides: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: 'root',
  rootId: 'root',
  parentId: null,
  status: 'CONFIRMED',
  debtorId: LEADER,
  holderId: TIER1,
  amountFen: 1_000_00,
  issuedOn: '2026-11-01',
  dueDate: '2027-01-30',
  currency: 'CNY',
  activePledgeId: null,
  ...overrides,
});

export const pledgeEntry = (overrides: Partial<PledgeEntry> = {}): PledgeEntry => ({
  id: 'pledge-1',
  rootId: 'root',
  receivableId: 'root',
  bankId: BANK,
  productId: 'product',
  status: 'REQUESTED',
  loanEndDate: '2027-02-28',
  ...overrides,
});

/** A ledger of these receivables and pledges (fresh copies: deciders evolve state in place). */
export const ledgerOf = (
  receivables: LedgerEntry[],
  pledges: PledgeEntry[] = [],
): ReceivableLedger => ({
  receivables: new Map(receivables.map((r) => [r.id, { ...r }])),
  pledges: new Map(pledges.map((p) => [p.id, { ...p }])),
});
