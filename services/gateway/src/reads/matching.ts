/**
 * What matching, sponsorship and outcomes read: a company's service budget and plan targets, the
 * leaders' sponsorships, and delivered engagements with the scenarios their engaged version targets.
 */
import type { PlanTarget, SponsorshipStatus } from '@chainlift/domain';
import { IN_NETWORK } from '@chainlift/domain';
import type { Read } from './graph';

export interface SponsorshipRow {
  id: string;
  chainId: string;
  leaderId: string;
  productId: string;
  shareBp: number;
  note: string | null;
  status: SponsorshipStatus;
  since: string;
  endedAt: string | null;
}

export interface DeliveredEngagementRow {
  engagementId: string;
  companyId: string;
  productId: string;
  scenarioIds: string[];
  acceptedOn: string;
  deliveredOn: string;
}

const SPONSORSHIP = `s { .id, .chainId, .leaderId, .productId, .shareBp, .note, .status,
  since: toString(s.since), endedAt: toString(s.endedAt) }`;

/** Delivered engagements `e` with their engaged version's scenarios. */
const DELIVERED = `MATCH (v:ServiceProductVersion {productId: e.productId, version: e.productVersion})
  RETURN e.id AS engagementId, e.companyId AS companyId, e.productId AS productId,
    v.scenarioIds AS scenarioIds, toString(e.acceptedOn) AS acceptedOn, toString(e.deliveredOn) AS deliveredOn
  ORDER BY e.deliveredOn, e.id`;

export function matchingReads(read: Read) {
  return {
    /** The company's monthly cap in fen; null: none set. */
    async budget(companyId: string): Promise<number | null> {
      const [row] = await read<number | null>(
        'MATCH (c:Company {id: $companyId}) RETURN c.serviceBudgetFen',
        { companyId },
      );
      return row ?? null;
    },
    /** The targets of all the company's improvement plans. */
    async planTargets(companyId: string): Promise<PlanTarget[]> {
      return read<PlanTarget>(
        `MATCH (p:ImprovementPlan {companyId: $companyId})
         UNWIND range(0, size(p.targetScenarioIds) - 1) AS i
         RETURN { scenarioId: p.targetScenarioIds[i], level: p.targetLevels[i] }`,
        { companyId },
      );
    },
    async sponsorship(id: string): Promise<SponsorshipRow | undefined> {
      return (
        await read<SponsorshipRow>(`MATCH (s:Sponsorship {id: $id}) RETURN ${SPONSORSHIP}`, { id })
      )[0];
    },
    /** A chain's sponsorships: ACTIVE first, newest first. */
    ofChain(chainId: string): Promise<SponsorshipRow[]> {
      return read<SponsorshipRow>(
        `MATCH (s:Sponsorship {chainId: $chainId})
         WITH s ORDER BY s.status, s.since DESC, s.id RETURN ${SPONSORSHIP}`,
        { chainId },
      );
    },
    /** The ACTIVE sponsorship of a chain and product, if any. */
    async activeFor(chainId: string, productId: string): Promise<SponsorshipRow | undefined> {
      return (
        await read<SponsorshipRow>(
          `MATCH (s:Sponsorship {chainId: $chainId, productId: $productId, status: 'ACTIVE'})
           RETURN ${SPONSORSHIP}`,
          { chainId, productId },
        )
      )[0];
    },
    /** ACTIVE sponsorships by the leaders of the chains the company belongs to (in the network). */
    forMember(companyId: string): Promise<SponsorshipRow[]> {
      return read<SponsorshipRow>(
        `MATCH (:Company {id: $companyId})-[m:MEMBER_OF]->(ch:Chain) WHERE m.status IN $statuses
         MATCH (s:Sponsorship {chainId: ch.id, status: 'ACTIVE'})
         WITH DISTINCT s ORDER BY s.shareBp DESC, s.since DESC, s.id RETURN ${SPONSORSHIP}`,
        { companyId, statuses: IN_NETWORK },
      );
    },
    /** Engagements of these products by these companies (one read): per product, who and in which status. */
    async engagementsOfProducts(
      productIds: string[],
      companyIds: string[],
    ): Promise<
      Map<
        string,
        { companyId: string; status: 'PROPOSED' | 'ACTIVE' | 'DELIVERED' | 'CANCELLED' }[]
      >
    > {
      const found = await read<{
        productId: string;
        companyId: string;
        status: 'PROPOSED' | 'ACTIVE' | 'DELIVERED' | 'CANCELLED';
      }>(
        `UNWIND $companyIds AS id MATCH (e:Engagement {companyId: id}) WHERE e.productId IN $productIds
         RETURN e.productId AS productId, e.companyId AS companyId, e.status AS status`,
        { productIds, companyIds },
      );
      const byProduct = new Map(productIds.map((id) => [id, [] as typeof found]));
      for (const e of found) byProduct.get(e.productId)?.push(e);
      return byProduct;
    },
    /** Delivered engagements of these products. */
    deliveredOfProducts(productIds: string[]): Promise<DeliveredEngagementRow[]> {
      return read<DeliveredEngagementRow>(
        `UNWIND $productIds AS pid MATCH (e:Engagement {productId: pid, status: 'DELIVERED'})
         WITH e ${DELIVERED}`,
        { productIds },
      );
    },
    /** Delivered engagements of these companies (any provider's). */
    deliveredOfCompanies(companyIds: string[]): Promise<DeliveredEngagementRow[]> {
      return read<DeliveredEngagementRow>(
        `UNWIND $companyIds AS cid MATCH (e:Engagement {companyId: cid, status: 'DELIVERED'})
         WITH e ${DELIVERED}`,
        { companyIds },
      );
    },
  };
}

export type MatchingReads = ReturnType<typeof matchingReads>;
