/** Pledges of receivables and the bank products they are priced by. */
import type { FinanceProduct, PledgeStatus } from '@chainlift/domain';
import type { Read } from './graph';

/** A bank product as stored (rates in basis points, limits in fen). */
export type ProductRow = FinanceProduct;

export interface PledgeRow {
  id: string;
  registerNumber: string;
  receivableId: string;
  rootId: string;
  bankId: string;
  holderId: string;
  debtorId: string;
  productId: string;
  status: PledgeStatus;
  requestedBy: string;
  requestedOn: string;
  approvedOn: string | null;
  disbursedOn: string | null;
  closedOn: string | null;
  loanEndDate: string;
  outstandingFen: number;
  currency: string;
  advanceFen: number;
  interestFen: number;
  netFen: number;
  interestDays: number;
  reason: string | null;
}

const PLEDGE = `p { .id, .registerNumber, .receivableId, .rootId, .bankId, .debtorId, .productId, .status, .requestedBy,
  .outstandingFen, .currency, .advanceFen, .interestFen, .netFen, .interestDays, .reason,
  holderId: coalesce(rec.holderId, p.holderId), requestedOn: toString(p.requestedOn), approvedOn: toString(p.approvedOn),
  disbursedOn: toString(p.disbursedOn), closedOn: toString(p.closedOn), loanEndDate: toString(p.loanEndDate) }`;

const PRODUCT = `p { productId: p.id, .bankId, .name, .advanceRateBp, .annualRateBp, .minRemainingDays, .maxAgeDays,
  .minAmountFen, .maxAmountFen, .blockedDebtorIds }`;

export function pledgeReads(read: Read) {
  return {
    async pledge(id: string): Promise<PledgeRow | undefined> {
      return (
        await read<PledgeRow>(
          `MATCH (p:Pledge {id: $id}) OPTIONAL MATCH (rec:Receivable {id: p.receivableId}) RETURN ${PLEDGE}`,
          { id },
        )
      )[0];
    },
    /** Pledges the company is a party to: as the bank, the holder of the pledged receivable, or its debtor. */
    pledges(companyId: string, status: PledgeStatus | null, first: number, offset: number) {
      return read<PledgeRow>(
        `MATCH (p:Pledge) OPTIONAL MATCH (rec:Receivable {id: p.receivableId})
         WITH p, rec WHERE (p.bankId = $companyId OR rec.holderId = $companyId OR p.holderId = $companyId OR p.debtorId = $companyId)
           AND ($status IS NULL OR p.status = $status)
         RETURN ${PLEDGE} ORDER BY p.registeredAt DESC SKIP toInteger($offset) LIMIT toInteger($first)`,
        { companyId, status, first, offset },
      );
    },
    async product(id: string): Promise<FinanceProduct | undefined> {
      return (
        await read<FinanceProduct>(`MATCH (p:FinanceProduct {id: $id}) RETURN ${PRODUCT}`, { id })
      )[0];
    },
    products: (bankId: string | null) =>
      read<FinanceProduct>(
        `MATCH (p:FinanceProduct) WHERE $bankId IS NULL OR p.bankId = $bankId RETURN ${PRODUCT} ORDER BY p.name`,
        { bankId },
      ),
  };
}

export type PledgeReads = ReturnType<typeof pledgeReads>;
