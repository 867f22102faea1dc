/** Release requests under inventory loans, each open one valued as if its goods had left. */
import {
  OPEN_RELEASE_STATUSES,
  valuationAfter,
  type LoanTerms,
  type PledgedItem,
  type Release,
  type ReleaseStatus,
  type Valuation,
} from '@chainlift/domain';
import { COLLATERAL_FACTS } from './collateral';
import type { Read } from './graph';

export interface ReleaseRequestRow {
  id: string;
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  reason: string;
  status: ReleaseStatus;
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  releasedAt: string | null;
  currency: string;
  /** While open: the loan valued now after this release and the other approved ones. */
  after: Valuation | null;
}

interface Found {
  request: Omit<ReleaseRequestRow, 'after' | 'currency'>;
  loan: LoanTerms & { principalFen: number; currency: string };
  items: (PledgedItem & { held: number; priceFen: number | null })[];
  approved: Release[];
}

export interface ReleaseFilter {
  /** Only requests on loans this company borrows, lends or supervises. */
  companyId?: string;
  loanId?: string | null;
  status?: ReleaseStatus | null;
  id?: string;
}

function rowOf({ request, loan, items, approved }: Found): ReleaseRequestRow {
  const open = OPEN_RELEASE_STATUSES.includes(request.status);
  const valued = open
    ? valuationAfter(
        {
          principalFen: loan.principalFen,
          terms: loan,
          items,
          held: new Map(items.map((i) => [i.sku, i.held])),
          prices: new Map(
            items.filter((i) => i.priceFen !== null).map((i) => [i.sku, i.priceFen!]),
          ),
        },
        [...approved, request],
      )
    : null;
  return { ...request, currency: loan.currency, after: valued?.ok ? valued.value : null };
}

export function releaseRequestReads(read: Read) {
  const find = async (filter: ReleaseFilter): Promise<ReleaseRequestRow[]> =>
    (
      await read<Found>(
        `MATCH (l:InventoryLoan)-[:HAS_RELEASE_REQUEST]->(r:ReleaseRequest)
         WHERE ($id IS NULL OR r.id = $id) AND ($loanId IS NULL OR l.id = $loanId)
           AND ($status IS NULL OR r.status = $status)
           AND ($companyId IS NULL OR $companyId IN [l.borrowerId, l.bankId, l.operatorId])
         CALL (l) {
           MATCH (l)-[:PLEDGES]->(g:PledgedGoods)
           ${COLLATERAL_FACTS}
           RETURN collect(g { .sku, .quantity, .unitCostFen, held: coalesce(held.quantity, 0), priceFen: price.priceFen }) AS items
         }
         CALL (l, r) {
           OPTIONAL MATCH (l)-[:HAS_RELEASE_REQUEST]->(o:ReleaseRequest {status: 'APPROVED'}) WHERE o.id <> r.id
           RETURN collect(o { .sku, .quantity }) AS approved
         }
         RETURN r { .id, .loanId, .borrowerId, .sku, .quantity, .reason, .status, .decisionReason,
                    requestedAt: toString(r.requestedAt), decidedAt: toString(r.decidedAt), releasedAt: toString(r.releasedAt) } AS request,
                l { .principalFen, .currency, .pledgeRateBp, .controlLineFen, .marginCallLtvBp, .liquidationLtvBp } AS loan,
                items, approved
         ORDER BY r.requestedAt DESC, r.id`,
        {
          id: filter.id ?? null,
          loanId: filter.loanId ?? null,
          status: filter.status ?? null,
          companyId: filter.companyId ?? null,
        },
      )
    ).map(rowOf);
  return {
    async releaseRequest(id: string): Promise<ReleaseRequestRow | undefined> {
      return (await find({ id }))[0];
    },
    releaseRequests: find,
  };
}

export type ReleaseRequestReads = ReturnType<typeof releaseRequestReads>;
