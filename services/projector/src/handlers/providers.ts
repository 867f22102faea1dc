/**
 * Service providers' products (each version its own node, the product carrying the current one) and
 * engagements for improvement tasks (the task records its provider, product and engagement). Rules:
 * @chainlift/domain providers (deciders publishServiceProduct, withdrawServiceProduct,
 * proposeEngagement, actOnEngagement).
 */
import {
  actOnEngagement,
  engagementStatusAfter,
  HOLDING_STATUSES,
  proposeEngagement,
  publishServiceProduct,
  withdrawServiceProduct,
  type EngagedProduct,
  type EngagedTask,
  type EngagementActedOn,
  type EngagementProposed,
  type EngagementState,
  type ProductsState,
  type ProductState,
  type ProposeEngagementState,
  type ServiceProductPublished,
  type ServiceProductWithdrawn,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { rows } from './rows';

async function loadProducts(
  tx: ManagedTransaction,
  events: { payload: { productId: string; providerId: string } }[],
): Promise<ProductsState> {
  const kinds = await companyKinds(
    tx,
    events.map((e) => e.payload.providerId),
  );
  const found = await rows<ProductState & { id: string }>(
    tx,
    `UNWIND $ids AS id MATCH (p:ServiceProduct {id: id})
     RETURN p.id AS id, p.providerId AS providerId, p.status AS status, p.version AS version`,
    { ids: [...new Set(events.map((e) => e.payload.productId))] },
  );
  return {
    kinds,
    products: new Map(found.map(({ id, ...p }) => [id, { ...p, version: Number(p.version) }])),
  };
}

export const serviceProductPublished: Handler<ServiceProductPublished, ProductsState> = {
  type: 'ServiceProductPublished',
  load: loadProducts,
  decide: (state, { payload }) => publishServiceProduct.decide(state, payload),
  evolve: (state, { payload }) => publishServiceProduct.evolve(state, payload),
  async write(tx, accepted) {
    // In order: a product may be published and revised in one batch.
    for (const { payload: p, occurredAt } of accepted) {
      await tx.run(
        `MATCH (c:Company {id: $providerId})
         MERGE (c)-[:OFFERS]->(p:ServiceProduct {id: $productId})
           ON CREATE SET p.providerId = $providerId, p.firstPublishedAt = datetime($at)
         WITH p, toInteger($version) AS version, toInteger($monthlyPriceFen) AS priceFen,
              [l IN $targetLevels | toInteger(l)] AS levels, toInteger($deliveryDays) AS days
         SET p.status = 'ACTIVE', p.version = version, p.questionnaireVersion = $questionnaireVersion,
             p.name = $name, p.description = $description, p.monthlyPriceFen = priceFen,
             p.scenarioIds = $scenarioIds, p.targetLevels = levels, p.industries = $industries,
             p.regions = $regions, p.deliveryDays = days, p.references = $references,
             p.publishedAt = datetime($at)
         CREATE (p)-[:VERSION]->(:ServiceProductVersion {productId: $productId, version: version,
             name: $name, description: $description, monthlyPriceFen: priceFen,
             scenarioIds: $scenarioIds, targetLevels: levels, industries: $industries,
             regions: $regions, deliveryDays: days, references: $references,
             publishedAt: datetime($at)})`,
        {
          ...p,
          scenarioIds: p.scenarios.map((s) => s.scenarioId),
          targetLevels: p.scenarios.map((s) => s.targetLevel),
          at: occurredAt,
        },
      );
    }
  },
};

export const serviceProductWithdrawn: Handler<ServiceProductWithdrawn, ProductsState> = {
  type: 'ServiceProductWithdrawn',
  load: loadProducts,
  decide: (state, { payload }) => withdrawServiceProduct.decide(state, payload),
  evolve: (state, { payload }) => withdrawServiceProduct.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (p:ServiceProduct {id: r.productId})
       SET p.status = 'WITHDRAWN', p.withdrawnAt = datetime(r.at)`,
      { rows: accepted.map((e) => ({ productId: e.payload.productId, at: e.occurredAt })) },
    );
  },
};

export const engagementProposed: Handler<EngagementProposed, ProposeEngagementState> = {
  type: 'EngagementProposed',
  async load(tx, events) {
    const tasks = await rows<EngagedTask & { id: string; holdingEngagementId: string | null }>(
      tx,
      `UNWIND $ids AS id MATCH (t:ImprovementTask {id: id})
       OPTIONAL MATCH (e:Engagement {taskId: id}) WHERE e.status IN $holding
       RETURN t.id AS id, t.planId AS planId, t.companyId AS companyId, t.status AS status,
              head(collect(e.id)) AS holdingEngagementId`,
      { ids: [...new Set(events.map((e) => e.payload.taskId))], holding: HOLDING_STATUSES },
    );
    const products = await rows<EngagedProduct & { id: string }>(
      tx,
      `UNWIND $ids AS id MATCH (p:ServiceProduct {id: id})
       RETURN p.id AS id, p.providerId AS providerId, p.status AS status, p.version AS version,
              p.monthlyPriceFen AS monthlyPriceFen`,
      { ids: [...new Set(events.map((e) => e.payload.productId))] },
    );
    const used = await rows<{ id: string }>(
      tx,
      'UNWIND $ids AS id MATCH (e:Engagement {id: id}) RETURN e.id AS id',
      { ids: events.map((e) => e.payload.engagementId) },
    );
    return {
      tasks: new Map(
        tasks.map(({ id, holdingEngagementId, ...t }) => [
          id,
          holdingEngagementId ? { ...t, holdingEngagementId } : t,
        ]),
      ),
      products: new Map(
        products.map(({ id, ...p }) => [
          id,
          { ...p, version: Number(p.version), monthlyPriceFen: Number(p.monthlyPriceFen) },
        ]),
      ),
      engagements: new Set(used.map((u) => u.id)),
    };
  },
  decide: (state, { payload }) => proposeEngagement.decide(state, payload),
  evolve: (state, { payload }) => proposeEngagement.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId}) MATCH (v:Company {id: r.providerId})
       MATCH (t:ImprovementTask {id: r.taskId}) MATCH (p:ServiceProduct {id: r.productId})
       CREATE (c)-[:ENGAGES]->(e:Engagement {id: r.engagementId, companyId: r.companyId,
         providerId: r.providerId, productId: r.productId, productVersion: toInteger(r.productVersion),
         planId: r.planId, taskId: r.taskId, monthlyPriceFen: toInteger(r.monthlyPriceFen), note: r.note,
         status: 'PROPOSED', proposedOn: date(r.on), proposedAt: datetime(r.at), updatedAt: datetime(r.at)})-[:WITH]->(v)
       CREATE (e)-[:OF_PRODUCT]->(p)
       CREATE (e)-[:FOR_TASK]->(t)
       SET t.engagementId = r.engagementId, t.providerId = r.providerId, t.productId = r.productId`,
      { rows: accepted.map((e) => ({ note: null, ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const engagementActedOn: Handler<EngagementActedOn, Map<string, EngagementState>> = {
  type: 'EngagementActedOn',
  async load(tx, events) {
    const found = await rows<EngagementState & { id: string }>(
      tx,
      `UNWIND $ids AS id MATCH (e:Engagement {id: id})
       RETURN e.id AS id, e.companyId AS companyId, e.providerId AS providerId, e.status AS status`,
      { ids: [...new Set(events.map((e) => e.payload.engagementId))] },
    );
    return new Map(found.map(({ id, ...e }) => [id, e]));
  },
  decide: (state, { payload }) => actOnEngagement.decide(state, payload),
  evolve: (state, { payload }) => actOnEngagement.evolve(state, payload),
  async write(tx, accepted) {
    // In order: the same engagement may move twice in one batch.
    for (const { payload: p, occurredAt } of accepted) {
      await tx.run(
        `MATCH (e:Engagement {id: $engagementId})
         SET e.status = $status, e.updatedAt = datetime($at), e.lastNote = coalesce($note, e.lastNote),
             e.acceptedOn = CASE WHEN $action = 'accept' THEN date($on) ELSE e.acceptedOn END,
             e.deliveredOn = CASE WHEN $action = 'deliver' THEN date($on) ELSE e.deliveredOn END,
             e.cancelledAt = CASE WHEN $action = 'cancel' THEN datetime($at) ELSE e.cancelledAt END,
             e.cancelledBy = CASE WHEN $action = 'cancel' THEN $actorCompanyId ELSE e.cancelledBy END`,
        { note: null, ...p, status: engagementStatusAfter(p.action), at: occurredAt },
      );
    }
  },
};
