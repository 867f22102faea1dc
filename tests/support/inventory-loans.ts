/** Inventory-loan fixtures through the public API: warehouse receipts, loans, their actions and view. */
import { dataOf, type GraphQLResponse } from '../../scripts/lib/graphql-client';
import type { Account } from './platform';

export const LOAN_FIELDS = `id status principal { amount } collateralValue { amount } ltv level
  goods { sku quantity inStock marketPrice { amount } }`;

export interface LoanView {
  id: string;
  status: string;
  principal: { amount: string };
  collateralValue: { amount: string };
  ltv: string | null;
  level: string;
  goods: {
    sku: string;
    quantity: number;
    inStock: number;
    marketPrice: { amount: string } | null;
  }[];
}

/** The warehouse operator's receipt (仓单): what it holds for `holderId` at `warehouse`. */
export const issueReceipt = (
  operator: Account,
  receipt: { holderId: string; warehouse: string; sku: string; quantity: number },
) =>
  operator.gql<{ issueWarehouseReceipt: { id: string; quantity: number } }>(
    'mutation ($i: WarehouseReceiptInput!) { issueWarehouseReceipt(input: $i) { id quantity } }',
    { i: receipt },
  );

export interface LoanRequest {
  bankId: string;
  operatorId: string;
  warehouse: string;
  goods: { sku: string; quantity: number; unitCost: string }[];
  principal: string;
}

export const requestLoan = (borrower: Account, input: LoanRequest) =>
  borrower.gql<{ requestInventoryLoan: LoanView }>(
    `mutation ($i: InventoryLoanInput!) { requestInventoryLoan(input: $i) { ${LOAN_FIELDS} } }`,
    { i: input },
  );

export const actOnLoan = (
  who: Account,
  id: string,
  action: 'CONFIRM_GOODS' | 'APPROVE' | 'REJECT' | 'WITHDRAW' | 'REPAY',
): Promise<GraphQLResponse<{ actOnInventoryLoan: LoanView }>> =>
  who.gql<{ actOnInventoryLoan: LoanView }>(
    `mutation ($id: ID!, $a: InventoryLoanAction!) { actOnInventoryLoan(id: $id, action: $a) { ${LOAN_FIELDS} } }`,
    { id, a: action },
  );

export const loanView = async (who: Account, id: string): Promise<LoanView> =>
  (
    await who.data<{ inventoryLoan: LoanView }>(
      `query ($id: ID!) { inventoryLoan(id: $id) { ${LOAN_FIELDS} } }`,
      { id },
    )
  ).inventoryLoan;

/**
 * An ACTIVE loan: the operator's receipt covers the goods, the borrower asks, the operator
 * confirms, the bank approves. Returns the loan as the bank sees it after approval.
 */
export async function activeLoan(
  parties: { borrower: Account; bank: Account; operator: Account },
  loan: { warehouse: string; sku: string; quantity: number; unitCost: string; principal: string },
): Promise<LoanView> {
  const { borrower, bank, operator } = parties;
  const { warehouse, sku, quantity, unitCost, principal } = loan;
  dataOf(await issueReceipt(operator, { holderId: borrower.companyId, warehouse, sku, quantity }));
  const { id } = dataOf(
    await requestLoan(borrower, {
      bankId: bank.companyId,
      operatorId: operator.companyId,
      warehouse,
      goods: [{ sku, quantity, unitCost }],
      principal,
    }),
  ).requestInventoryLoan;
  dataOf(await actOnLoan(operator, id, 'CONFIRM_GOODS'));
  return dataOf(await actOnLoan(bank, id, 'APPROVE')).actOnInventoryLoan;
}
