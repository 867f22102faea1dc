/** Service products (current fields and every version) and engagements, from the read model. */
import type { EngagementStatus, ProductScenario, ServiceProductStatus } from '@chainlift/domain';
import type { Read } from './graph';

export interface ProductVersionRow {
  version: number;
  name: string;
  description: string;
  monthlyPriceFen: number;
  scenarios: ProductScenario[];
  industries: string[];
  regions: string[];
  deliveryDays: number;
  references: string[];
  publishedAt: string;
}

export interface ServiceProductRow extends ProductVersionRow {
  id: string;
  providerId: string;
  status: ServiceProductStatus;
  withdrawnAt: string | null;
}

export interface EngagementRow {
  id: string;
  companyId: string;
  providerId: string;
  productId: string;
  productVersion: number;
  planId: string;
  taskId: string;
  status: EngagementStatus;
  monthlyPriceFen: number;
  note: string | null;
  proposedAt: string;
  acceptedOn: string | null;
  deliveredOn: string | null;
  cancelledAt: string | null;
}

/** A version's fields of node `x` (a ServiceProduct or a ServiceProductVersion). */
const versionFields = (
  x: string,
) => `.version, .name, .description, .monthlyPriceFen, .industries, .regions,
  .deliveryDays, .references, publishedAt: toString(${x}.publishedAt),
  scenarios: [i IN range(0, size(${x}.scenarioIds) - 1) | { scenarioId: ${x}.scenarioIds[i], targetLevel: ${x}.targetLevels[i] }]`;

const PRODUCT = `p { .id, .providerId, .status, ${versionFields('p')}, withdrawnAt: toString(p.withdrawnAt) }`;

const ENGAGEMENT = `e { .id, .companyId, .providerId, .productId, .productVersion, .planId, .taskId, .status,
  .monthlyPriceFen, .note, proposedAt: toString(e.proposedAt), acceptedOn: toString(e.acceptedOn),
  deliveredOn: toString(e.deliveredOn), cancelledAt: toString(e.cancelledAt) }`;

export function providerReads(read: Read) {
  return {
    /** Products, newest first, optionally of one provider and ACTIVE only (the rest of a filter is the domain's productMatches). */
    products(filter: {
      providerId: string | null;
      activeOnly: boolean;
    }): Promise<ServiceProductRow[]> {
      return read<ServiceProductRow>(
        `MATCH (p:ServiceProduct)
         WHERE ($providerId IS NULL OR p.providerId = $providerId) AND (NOT $activeOnly OR p.status = 'ACTIVE')
         WITH p ORDER BY p.firstPublishedAt DESC, p.id RETURN ${PRODUCT}`,
        filter,
      );
    },
    async product(id: string): Promise<ServiceProductRow | undefined> {
      return (
        await read<ServiceProductRow>(`MATCH (p:ServiceProduct {id: $id}) RETURN ${PRODUCT}`, {
          id,
        })
      )[0];
    },
    history(productId: string): Promise<ProductVersionRow[]> {
      return read<ProductVersionRow>(
        `MATCH (v:ServiceProductVersion {productId: $productId})
         WITH v ORDER BY v.version DESC RETURN v { ${versionFields('v')} }`,
        { productId },
      );
    },
    /** The company's engagements as the engaging company or as the provider, newest first. */
    engagementsOf(companyId: string, status: EngagementStatus | null): Promise<EngagementRow[]> {
      return read<EngagementRow>(
        `CALL () {
           MATCH (e:Engagement {companyId: $companyId}) RETURN e
           UNION
           MATCH (e:Engagement {providerId: $companyId}) RETURN e
         }
         WITH e WHERE $status IS NULL OR e.status = $status
         WITH e ORDER BY e.proposedAt DESC, e.id RETURN ${ENGAGEMENT}`,
        { companyId, status },
      );
    },
    async engagement(id: string): Promise<EngagementRow | undefined> {
      return (
        await read<EngagementRow>(`MATCH (e:Engagement {id: $id}) RETURN ${ENGAGEMENT}`, { id })
      )[0];
    },
    /** The engagement the task records (its latest one). */
    async engagementOfTask(taskId: string): Promise<EngagementRow | undefined> {
      return (
        await read<EngagementRow>(
          `MATCH (t:ImprovementTask {id: $taskId}) WHERE t.engagementId IS NOT NULL
           MATCH (e:Engagement {id: t.engagementId}) RETURN ${ENGAGEMENT}`,
          { taskId },
        )
      )[0];
    },
  };
}

export type ProviderReads = ReturnType<typeof providerReads>;
