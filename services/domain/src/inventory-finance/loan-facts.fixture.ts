/** Test-only: one inventory loan's facts for the deciders' given/when/then tests (not in the package index). */
import type { LoanStatus } from './inventory-loan';
import type { InventoryLoanFacts } from './loan-facts';

/** 100 t of copper at ¥70,000/t cost, 120 t held by the operator, ¥4,900,000 lent (LTV 70 %). */
export const loanFacts = (
  status: LoanStatus,
  extra: Partial<InventoryLoanFacts> = {},
): InventoryLoanFacts => ({
  id: 'loan-1',
  status,
  borrowerId: 'sme',
  bankId: 'bank',
  operatorId: 'wh',
  warehouse: 'WH-NB',
  currency: 'CNY',
  principalFen: 4_900_000_00,
  terms: { pledgeRateBp: 7000, controlLineFen: 0, marginCallLtvBp: 7800, liquidationLtvBp: 8500 },
  items: [{ sku: 'CU', quantity: 100, unitCostFen: 70_000_00 }],
  held: { CU: 120 },
  prices: {},
  ...extra,
});
