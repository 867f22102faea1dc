import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Every change to who is in a chain or who supplies whom bumps the chain's version, in the same
 * transaction, so readers can cache what they derive from the network (tiers) until it changes.
 */
export async function bumpChains(tx: ManagedTransaction, chainIds: string[]) {
  await tx.run(
    'UNWIND $ids AS id MATCH (ch:Chain {id: id}) SET ch.version = coalesce(ch.version, 0) + 1',
    { ids: chainIds },
  );
}

export async function bumpChainsOf(tx: ManagedTransaction, events: { companyIds: string[] }[]) {
  // Once per event and chain (not per batch), so the versions come out the same however events are batched.
  await tx.run(
    `UNWIND $events AS e
     CALL (e) {
       MATCH (c:Company)-[:MEMBER_OF]->(ch:Chain) WHERE c.id IN e.companyIds
       WITH DISTINCT ch SET ch.version = coalesce(ch.version, 0) + 1
     }`,
    { events },
  );
}
