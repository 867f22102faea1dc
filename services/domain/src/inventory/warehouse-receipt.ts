/**
 * Warehouse receipts (仓单): the warehouse operator (监管方) states how much of a product it holds
 * for a company at one of its warehouses. A receipt replaces the operator's previous one for the
 * same holder, warehouse and product. Inventory collateral is valued from receipts only — never
 * from the stock a borrower reports about itself.
 */
import type { Decider } from '../shared/decider';
import { noEvolve } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

export interface WarehouseReceiptIssued {
  receiptId: string;
  operatorId: string;
  holderId: string;
  warehouse: string;
  sku: string;
  quantity: number;
  issuedAt: string;
}

export interface WarehouseReceiptInput {
  holderId: string;
  warehouse: string;
  sku: string;
  quantity: number;
}

/** Only a warehouse operator issues receipts. */
export const mayIssueWarehouseReceipts = (kind: string | undefined): Result<true> =>
  kind === 'WAREHOUSE_OPERATOR'
    ? ok(true)
    : fail('FORBIDDEN', 'warehouse receipts come from warehouse operators (监管方) only');

/** A receipt names a warehouse and a product (1 to 64 characters each) and a whole quantity, zero or more. */
export function checkWarehouseReceipt(input: WarehouseReceiptInput): Result<WarehouseReceiptInput> {
  const warehouse = input.warehouse.trim();
  const sku = input.sku.trim();
  if (!warehouse || warehouse.length > 64)
    return fail('BAD_USER_INPUT', 'the warehouse code must have 1 to 64 characters', 'warehouse');
  if (!sku || sku.length > 64)
    return fail('BAD_USER_INPUT', 'the SKU must have 1 to 64 characters', 'sku');
  if (!Number.isSafeInteger(input.quantity) || input.quantity < 0 || input.quantity > 1e12)
    return fail(
      'BAD_USER_INPUT',
      `the quantity held must be a whole number from 0 to 1,000,000,000,000; got ${input.quantity}`,
      'quantity',
    );
  return ok({ holderId: input.holderId, warehouse, sku, quantity: input.quantity });
}

/** The key of the holding a receipt states (the operator's latest receipt for it is what counts). */
export const holdingId = (r: {
  operatorId: string;
  holderId: string;
  warehouse: string;
  sku: string;
}) => `${r.operatorId}/${r.holderId}/${r.warehouse}/${r.sku}`;

export interface IssueWarehouseReceiptState {
  /** The kind of each company the receipts name (absent: no such company). */
  kinds: Map<string, string>;
}

export const issueWarehouseReceipt: Decider<IssueWarehouseReceiptState, WarehouseReceiptIssued> = {
  decide(state, command) {
    const operator = mayIssueWarehouseReceipts(state.kinds.get(command.operatorId));
    if (!operator.ok) return operator;
    if (!state.kinds.has(command.holderId))
      return fail('NOT_FOUND', `company ${command.holderId} does not exist`, 'holderId');
    if (command.holderId === command.operatorId)
      return fail('BAD_USER_INPUT', 'a receipt states goods held for another company', 'holderId');
    const checked = checkWarehouseReceipt(command);
    return checked.ok ? ok(command) : checked;
  },
  evolve: noEvolve,
};
