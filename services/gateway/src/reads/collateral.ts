/**
 * For a loan `l` and its pledged goods `g`: `held`, the loan's warehouse operator's receipt for the
 * borrower (never the borrower's own stock report), and `price`, the lending bank's own price —
 * the same facts the projector values the loan from.
 */
export const COLLATERAL_FACTS = `
  OPTIONAL MATCH (held:WarehouseReceipt {id: l.operatorId + '/' + l.borrowerId + '/' + l.warehouse + '/' + g.sku})
  OPTIONAL MATCH (price:Price {reporterId: l.bankId, sku: g.sku, currency: l.currency})`;
