/**
 * Matching's writes: a company's service budget (a property of its Company node) and the leaders'
 * sponsorships of service products for their chains, (leader)-[:SPONSORS]->(:Sponsorship)-[:OF_PRODUCT]->(product),
 * one ACTIVE per chain and product. Rules: @chainlift/domain providers (deciders setServiceBudget,
 * sponsorProduct, endSponsorship).
 */
import {
  activeSponsorshipKey,
  endSponsorship,
  setServiceBudget,
  sponsorProduct,
  type ProductSponsored,
  type ServiceBudgetSet,
  type ServiceBudgetState,
  type SponsorProductState,
  type SponsorshipEnded,
  type SponsorshipsState,
  type SponsorshipState,
} from '@chainlift/domain';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { rows } from './rows';

export const serviceBudgetSet: Handler<ServiceBudgetSet, ServiceBudgetState> = {
  type: 'ServiceBudgetSet',
  load: (tx, events) =>
    companyKinds(
      tx,
      events.map((e) => e.payload.companyId),
    ),
  decide: (state, { payload }) => setServiceBudget.decide(state, payload),
  evolve: (state, { payload }) => setServiceBudget.evolve(state, payload),
  async write(tx, accepted) {
    // In order: the last setting of a run wins.
    for (const { payload } of accepted)
      await tx.run(
        'MATCH (c:Company {id: $companyId}) SET c.serviceBudgetFen = toInteger($monthlyCapFen)',
        {
          ...payload,
        },
      );
  },
};

export const productSponsored: Handler<ProductSponsored, SponsorProductState> = {
  type: 'ProductSponsored',
  async load(tx, events) {
    const payloads = events.map((e) => e.payload);
    const chains = await rows<{ id: string; leaderId: string }>(
      tx,
      'UNWIND $ids AS id MATCH (ch:Chain {id: id}) RETURN ch.id AS id, ch.leaderId AS leaderId',
      { ids: [...new Set(payloads.map((p) => p.chainId))] },
    );
    const products = await rows<{ id: string; status: 'ACTIVE' | 'WITHDRAWN' }>(
      tx,
      'UNWIND $ids AS id MATCH (p:ServiceProduct {id: id}) RETURN p.id AS id, p.status AS status',
      { ids: [...new Set(payloads.map((p) => p.productId))] },
    );
    const used = await rows<{ id: string }>(
      tx,
      'UNWIND $ids AS id MATCH (s:Sponsorship {id: id}) RETURN s.id AS id',
      { ids: payloads.map((p) => p.sponsorshipId) },
    );
    const active = await rows<{ id: string; chainId: string; productId: string }>(
      tx,
      `UNWIND $pairs AS pair
       MATCH (s:Sponsorship {chainId: pair.chainId, productId: pair.productId, status: 'ACTIVE'})
       RETURN s.id AS id, s.chainId AS chainId, s.productId AS productId`,
      { pairs: payloads.map((p) => ({ chainId: p.chainId, productId: p.productId })) },
    );
    return {
      chains: new Map(chains.map((c) => [c.id, c.leaderId])),
      products: new Map(products.map((p) => [p.id, p.status])),
      ids: new Set(used.map((u) => u.id)),
      active: new Map(active.map((s) => [activeSponsorshipKey(s.chainId, s.productId), s.id])),
    };
  },
  decide: (state, { payload }) => sponsorProduct.decide(state, payload),
  evolve: (state, { payload }) => sponsorProduct.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (l:Company {id: r.leaderId}) MATCH (ch:Chain {id: r.chainId}) MATCH (p:ServiceProduct {id: r.productId})
       CREATE (l)-[:SPONSORS]->(s:Sponsorship {id: r.sponsorshipId, chainId: r.chainId, leaderId: r.leaderId,
         productId: r.productId, shareBp: toInteger(r.shareBp), note: r.note, status: 'ACTIVE', since: datetime(r.at)})
       CREATE (s)-[:FOR_CHAIN]->(ch)
       CREATE (s)-[:OF_PRODUCT]->(p)`,
      { rows: accepted.map((e) => ({ note: null, ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const sponsorshipEnded: Handler<SponsorshipEnded, SponsorshipsState> = {
  type: 'SponsorshipEnded',
  async load(tx, events) {
    const found = await rows<SponsorshipState>(
      tx,
      `UNWIND $ids AS id MATCH (s:Sponsorship {id: id})
       RETURN s.id AS id, s.chainId AS chainId, s.leaderId AS leaderId, s.productId AS productId, s.status AS status`,
      { ids: [...new Set(events.map((e) => e.payload.sponsorshipId))] },
    );
    return new Map(found.map((s) => [s.id, s]));
  },
  decide: (state, { payload }) => endSponsorship.decide(state, payload),
  evolve: (state, { payload }) => endSponsorship.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (s:Sponsorship {id: r.sponsorshipId})
       SET s.status = 'ENDED', s.endedAt = datetime(r.at), s.endedBy = r.actorCompanyId`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};
