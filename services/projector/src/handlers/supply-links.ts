/**
 * Supply links: a buyer declares its supplier, the supplier confirms, either removes (rules:
 * `@chainlift/domain` chain/supply-links). Tiers are derived from the links when read. Load and write only.
 */
import {
  confirmSupplyLink,
  declareSupplyLink,
  removeSupplyLink,
  type SupplyLinkParties,
  type SupplyLinks,
  type SupplyLinkState,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { bumpChainsOf } from './chain-versions';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { rows } from './rows';

/** The kinds of the companies the events name and the state of each link between them. */
async function loadSupplyLinks(
  tx: ManagedTransaction,
  events: { payload: SupplyLinkParties }[],
): Promise<SupplyLinks> {
  const kinds = await companyKinds(
    tx,
    events.flatMap((e) => [e.payload.buyerId, e.payload.supplierId]),
  );
  const links = await rows<{ key: string; state: SupplyLinkState }>(
    tx,
    `UNWIND $pairs AS p MATCH (:Company {id: p.supplierId})-[l:SUPPLIES]->(:Company {id: p.buyerId})
     RETURN p.supplierId + '>' + p.buyerId AS key, CASE WHEN l.confirmed THEN 'CONFIRMED' ELSE 'PENDING' END AS state`,
    {
      pairs: events.map((e) => ({ buyerId: e.payload.buyerId, supplierId: e.payload.supplierId })),
    },
  );
  return { kinds, links: new Map(links.map((l) => [l.key, l.state])) };
}

const bumpChainsOfLinks = (tx: ManagedTransaction, accepted: { payload: SupplyLinkParties }[]) =>
  bumpChainsOf(
    tx,
    accepted.map((e) => ({ companyIds: [e.payload.buyerId, e.payload.supplierId] })),
  );

export const supplyLinkDeclared: Handler<SupplyLinkParties & { products?: string[] }, SupplyLinks> =
  {
    type: 'SupplyLinkDeclared',
    load: loadSupplyLinks,
    decide: (state, { payload }) => declareSupplyLink.decide(state, payload),
    evolve: (state, { payload }) => declareSupplyLink.evolve(state, payload),
    async write(tx, accepted) {
      await tx.run(
        `UNWIND $rows AS r
         MATCH (b:Company {id: r.buyerId}) MATCH (s:Company {id: r.supplierId})
         MERGE (s)-[l:SUPPLIES]->(b)
           ON CREATE SET l.since = datetime(r.at), l.confirmed = false
         SET l.products = COLLECT { UNWIND coalesce(l.products, []) + r.products AS p RETURN DISTINCT p ORDER BY p }`,
        {
          rows: accepted.map((e) => ({
            ...e.payload,
            products: e.payload.products ?? [],
            at: e.occurredAt,
          })),
        },
      );
      await bumpChainsOfLinks(tx, accepted);
    },
  };

export const supplyLinkConfirmed: Handler<SupplyLinkParties, SupplyLinks> = {
  type: 'SupplyLinkConfirmed',
  load: loadSupplyLinks,
  decide: (state, { payload }) => confirmSupplyLink.decide(state, payload),
  evolve: (state, { payload }) => confirmSupplyLink.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (:Company {id: r.supplierId})-[l:SUPPLIES]->(:Company {id: r.buyerId})
       SET l.confirmedAt = coalesce(l.confirmedAt, datetime(r.at)), l.confirmed = true`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const supplyLinkRemoved: Handler<SupplyLinkParties, SupplyLinks> = {
  type: 'SupplyLinkRemoved',
  load: loadSupplyLinks,
  decide: (state, { payload }) => removeSupplyLink.decide(state, payload),
  evolve: (state, { payload }) => removeSupplyLink.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (:Company {id: r.supplierId})-[l:SUPPLIES]->(:Company {id: r.buyerId}) DELETE l`,
      { rows: accepted.map((e) => e.payload) },
    );
    await bumpChainsOfLinks(tx, accepted);
  },
};
