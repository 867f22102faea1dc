/**
 * What an authority's regional view is built from: the leaders and SMEs whose regionCode starts
 * with the region's prefix (an index on Company.regionCode), their submitted assessments, whether
 * they stream data and share anything, and the finance extended to the region's SMEs. Plain facts
 * only; the tables and their suppression are @chainlift/domain regional-statistics.
 */
import { TRADING_KINDS, type FinanceInstrument } from '@chainlift/domain';
import type { Read } from './graph';

export interface RegionalCompanyRow {
  companyId: string;
  kind: string;
  industry: string | null;
  streaming: boolean;
  sharing: boolean;
  submissions: { rank: number; submittedAt: string }[];
}

export interface RegionalFinanceRow {
  instrument: FinanceInstrument;
  companyId: string;
  count: number;
  /** A sum of fen as text (it may pass 2^53). */
  amountFen: string;
}

const IN_REGION = `c.regionCode STARTS WITH $prefix AND c.kind IN $kinds`;

export function regionalReads(read: Read) {
  return {
    async regionCodeOf(companyId: string): Promise<string | null> {
      const [row] = await read<string | null>(
        'MATCH (c:Company {id: $companyId}) RETURN c.regionCode',
        { companyId },
      );
      return row ?? null;
    },

    /** The region's leaders and SMEs; streaming counted on the evidence window as the chain dashboard does. */
    companies(prefix: string, window: { first: string; last: string }) {
      return read<RegionalCompanyRow>(
        `MATCH (c:Company) WHERE ${IN_REGION}
         RETURN c.id AS companyId, c.kind AS kind, c.industry AS industry,
                EXISTS { MATCH (a:DataActivity {companyId: c.id}) WHERE date($first) <= a.day <= date($last) } AS streaming,
                EXISTS {
                  MATCH (g:Consent) WHERE g.grantorId = c.id AND g.status = 'ACTIVE'
                    AND (g.expiresAt IS NULL OR g.expiresAt > datetime())
                } AS sharing,
                COLLECT {
                  MATCH (a:Assessment {companyId: c.id, status: 'SUBMITTED'})
                  RETURN { rank: a.gradeRank, submittedAt: toString(a.submittedAt) }
                } AS submissions`,
        { prefix, kinds: TRADING_KINDS, first: window.first, last: window.last },
      );
    },

    /** Confirmed receivables (creditor), approved pledges and inventory loans (borrower) of the region's SMEs. */
    finance(prefix: string) {
      return read<RegionalFinanceRow>(
        `MATCH (c:Company) WHERE c.regionCode STARTS WITH $prefix AND c.kind = 'SME'
         CALL (c) {
           MATCH (r:Receivable {creditorId: c.id}) WHERE r.id = r.rootId AND r.answeredOn IS NOT NULL AND r.status <> 'DISPUTED'
           RETURN 'RECEIVABLES' AS instrument, count(r) AS count, toString(sum(r.amountFen)) AS amountFen
           UNION ALL
           MATCH (rec:Receivable {holderId: c.id})<-[:SECURED_BY]-(p:Pledge) WHERE p.approvedOn IS NOT NULL
           RETURN 'PLEDGES' AS instrument, count(p) AS count, toString(sum(coalesce(p.advanceFen, 0))) AS amountFen
           UNION ALL
           MATCH (l:InventoryLoan {borrowerId: c.id}) WHERE l.approvedOn IS NOT NULL
           RETURN 'INVENTORY_LOANS' AS instrument, count(l) AS count, toString(sum(l.principalFen)) AS amountFen
         }
         WITH c, instrument, count, amountFen WHERE count > 0
         RETURN instrument, c.id AS companyId, count, amountFen`,
        { prefix },
      );
    },
  };
}

export type RegionalReads = ReturnType<typeof regionalReads>;
