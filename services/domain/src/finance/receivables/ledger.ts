/**
 * The receivable ledger of some roots, as the finance deciders see it: every receivable and part of
 * each root, and their pledges. Events on one root share a Kafka key, so one projector applies them
 * in order; loading whole roots lets each rule see the root, its parts and their pledges.
 */
import { fail, ok, type Result } from '../../shared/errors';
import type { PledgeStatus } from '../pledges/pledge';
import type { ReceivableFacts } from './receivable';

export interface LedgerEntry extends ReceivableFacts {
  issuedOn: string;
  currency: string;
  parentId: string | null;
}

export interface PledgeEntry {
  id: string;
  rootId: string;
  receivableId: string;
  bankId: string;
  productId: string;
  status: PledgeStatus;
  loanEndDate: string;
}

export interface ReceivableLedger {
  receivables: Map<string, LedgerEntry>;
  pledges: Map<string, PledgeEntry>;
}

/** The receivable an event names, when it belongs to the root the event is keyed by. */
export function entryOf(
  ledger: ReceivableLedger,
  rootId: string,
  receivableId: string,
): LedgerEntry | undefined {
  const entry = ledger.receivables.get(receivableId);
  return entry && entry.rootId === rootId ? entry : undefined;
}

/** The receivable an event names, or NOT_FOUND. */
export function receivableOf(
  ledger: ReceivableLedger,
  rootId: string,
  receivableId: string,
): Result<LedgerEntry> {
  const entry = entryOf(ledger, rootId, receivableId);
  return entry
    ? ok(entry)
    : fail('NOT_FOUND', `receivable ${receivableId} does not exist`, 'receivableId');
}

/** The parts that currently exist of a root (split receivables are replaced by their parts). */
export const leavesOf = (ledger: ReceivableLedger, rootId: string): LedgerEntry[] =>
  [...ledger.receivables.values()].filter((r) => r.rootId === rootId && r.status !== 'SPLIT');
