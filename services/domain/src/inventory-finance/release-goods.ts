/**
 * GoodsReleased: pledged goods leave the pledge directly — the bank any quantity, the warehouse
 * operator only while the loan stays safe afterwards (动态质押, `checkRelease`).
 */
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';
import { checkRelease, collateralValue } from './inventory-loan';
import { activeLoan, collateralOf, loanOf, type InventoryLoans } from './loan-facts';
import { releaserOf } from './permissions';
import { afterReleases, checkReleaseQuantity } from './release-request';

export interface GoodsReleased {
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  actorCompanyId: string;
  on: string;
}

export const releaseGoods: Decider<InventoryLoans, GoodsReleased> = {
  decide(loans, command) {
    const found = loanOf(loans, command);
    if (!found.ok) return found;
    const actor = releaserOf(found.value, command.actorCompanyId);
    if (!actor.ok) return actor;
    const loan = activeLoan(found.value);
    if (!loan.ok) return loan;
    const quantity = checkReleaseQuantity(command.quantity);
    if (!quantity.ok) return quantity;
    const item = loan.value.items.find((i) => i.sku === command.sku);
    if (!item)
      return fail('BAD_USER_INPUT', `${command.sku} is not pledged under this loan`, 'sku');
    if (command.quantity > item.quantity)
      return fail(
        'BAD_USER_INPUT',
        `only ${item.quantity} of ${command.sku} are under pledge`,
        'quantity',
      );
    const { items, held, prices, principalFen, terms } = collateralOf(
      loan.value,
      afterReleases(loan.value.items, [command]),
    );
    const after = collateralValue(items, held, prices);
    if (!after.ok) return after;
    const rule = checkRelease(actor.value, principalFen, after.value, terms);
    return rule.ok ? ok(command) : rule;
  },
  evolve(loans, command) {
    const item = loans.get(command.loanId)!.items.find((i) => i.sku === command.sku)!;
    item.quantity -= command.quantity;
    return loans;
  },
};
