/** Pledges of receivables and the bank products they are priced by. */
import type { FinanceProduct, PledgeRegistration, PledgeStatus } from '@chainlift/domain';
import { byIdOf, type Read } from './graph';

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
  /** Where the pledge is registered (中登网), as the bank recorded it. */
  registration: (PledgeRegistration & { recordedOn: string }) | null;
}

/** One approved or disbursed pledge of a bank with what the registry form asks (出质人、质权人、财产描述、金额、期限). */
export interface RegistrationFormRow {
  pledge: PledgeRow;
  pledgor: { name: string; uscc: string };
  pledgee: { name: string; uscc: string };
  debtor: { name: string; uscc: string };
  invoiceNumber: string | null;
  dueDate: string;
}

/** At most this many pledges in one registration export. */
export const MAX_REGISTRATION_FORMS = 1000;

const PLEDGE = `p { .id, .registerNumber, .receivableId, .rootId, .bankId, .debtorId, .productId, .status, .requestedBy,
  .outstandingFen, .currency, .advanceFen, .interestFen, .netFen, .interestDays, .reason,
  holderId: coalesce(rec.holderId, p.holderId), requestedOn: toString(p.requestedOn), approvedOn: toString(p.approvedOn),
  disbursedOn: toString(p.disbursedOn), closedOn: toString(p.closedOn), loanEndDate: toString(p.loanEndDate),
  registration: CASE WHEN p.registrationNumber IS NULL THEN null ELSE { number: p.registrationNumber,
    registeredAt: p.registrationAt, registeredOn: toString(p.registrationOn), amountFen: p.registrationAmountFen,
    termMonths: p.registrationTermMonths, expiresOn: toString(p.registrationExpiresOn),
    recordedOn: toString(p.registrationRecordedOn) } END }`;

const PRODUCT = `p { productId: p.id, .bankId, .name, .advanceRateBp, .annualRateBp, .minRemainingDays, .maxAgeDays,
  .minAmountFen, .maxAmountFen, .blockedDebtorIds }`;

export function pledgeReads(read: Read) {
  /** Many pledges' rows in one read, by id (those that exist). */
  const byIds = async (ids: readonly string[]): Promise<Map<string, PledgeRow>> => {
    const rows = await read<PledgeRow>(
      `UNWIND $ids AS id MATCH (p:Pledge {id: id}) OPTIONAL MATCH (rec:Receivable {id: p.receivableId})
       RETURN ${PLEDGE}`,
      { ids },
    );
    return byIdOf(rows);
  };
  return {
    pledge: async (id: string): Promise<PledgeRow | undefined> => (await byIds([id])).get(id),
    byIds,
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
    /** The bank's approved and disbursed pledges with the parties the registry form names, oldest first. */
    registrationForms(bankId: string, unregisteredOnly: boolean) {
      return read<RegistrationFormRow>(
        `MATCH (bank:Company {id: $bankId})-[:LENDS]->(p:Pledge)-[:SECURED_BY]->(rec:Receivable)
         WHERE p.status IN ['APPROVED', 'DISBURSED'] AND (NOT $unregisteredOnly OR p.registrationNumber IS NULL)
         MATCH (holder:Company {id: rec.holderId}) MATCH (debtor:Company {id: rec.debtorId})
         RETURN ${PLEDGE} AS pledge, holder { .name, .uscc } AS pledgor, bank { .name, .uscc } AS pledgee,
                debtor { .name, .uscc } AS debtor, rec.invoiceNumber AS invoiceNumber, toString(rec.dueDate) AS dueDate
         ORDER BY p.registeredAt, p.id LIMIT ${MAX_REGISTRATION_FORMS}`,
        { bankId, unregisteredOnly },
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
