/**
 * Loads the receivable ledger of some roots (the state of the receivable and pledge deciders in
 * `@chainlift/domain`): every receivable and part of each root, and their pledges.
 */
import type { LedgerEntry, PledgeEntry, ReceivableLedger } from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { rows } from './rows';

export async function loadLedger(
  tx: ManagedTransaction,
  rootIds: string[],
): Promise<ReceivableLedger> {
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
