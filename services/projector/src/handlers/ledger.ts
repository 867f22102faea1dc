/**
 * The receivable ledger of some roots, as the finance rules need it: every receivable and part of
 * each root, and their pledges. Events on one root share a Kafka key, so one projector applies
 * them in order; loading whole roots lets each rule see the root, its parts and their pledges.
 */
import type { PledgeStatus, ReceivableFacts } from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { rows } from './rows';

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

export interface Ledger {
  receivables: Map<string, LedgerEntry>;
  pledges: Map<string, PledgeEntry>;
}

export async function loadLedger(tx: ManagedTransaction, rootIds: string[]): Promise<Ledger> {
  const roots = [...new Set(rootIds)];
  const receivables = await rows<LedgerEntry>(
    tx,
    `UNWIND $roots AS root MATCH (r:Receivable {rootId: root})
     RETURN r.id AS id, r.rootId AS rootId, r.status AS status, r.debtorId AS debtorId, r.holderId AS holderId,
            r.amountFen AS amountFen, toString(r.dueDate) AS dueDate, toString(r.issuedOn) AS issuedOn,
            r.currency AS currency, r.parentId AS parentId, r.activePledgeId AS activePledgeId`,
    { roots },
  );
  const pledges = await rows<PledgeEntry>(
    tx,
    `UNWIND $roots AS root MATCH (p:Pledge {rootId: root})
     RETURN p.id AS id, p.rootId AS rootId, p.receivableId AS receivableId, p.bankId AS bankId,
            p.productId AS productId, p.status AS status, toString(p.loanEndDate) AS loanEndDate`,
    { roots },
  );
  return {
    receivables: new Map(receivables.map((r) => [r.id, r])),
    pledges: new Map(pledges.map((p) => [p.id, p])),
  };
}

/** The receivable an event names, when it belongs to the root the event is keyed by. */
export function entryOf(
  ledger: Ledger,
  rootId: string,
  receivableId: string,
): LedgerEntry | undefined {
  const entry = ledger.receivables.get(receivableId);
  return entry && entry.rootId === rootId ? entry : undefined;
}

/** The parts that currently exist of a root (split receivables are replaced by their parts). */
export const leavesOf = (ledger: Ledger, rootId: string): LedgerEntry[] =>
  [...ledger.receivables.values()].filter((r) => r.rootId === rootId && r.status !== 'SPLIT');
