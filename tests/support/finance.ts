/** Finance fixtures through the public API: delivered orders, receivables, bank products. */
import { addDays } from '@chainlift/domain';
import { calendarOf, loadConfig } from '@chainlift/platform';
import type { Account } from './platform';

/** The business date `days` from today (the business calendar's today, as the gateway stamps it). */
export const inDays = (days: number) => addDays(calendarOf(loadConfig()).today(), days);

let counter = 0;

/** An order from buyer to supplier (one line of `amount`), placed; returns its id. */
export async function placedOrder(
  buyer: Pick<Account, 'data'>,
  supplier: Pick<Account, 'companyId'>,
  amount = '100000.00',
): Promise<string> {
  counter += 1;
  const { placeOrder } = await buyer.data<{ placeOrder: { id: string } }>(
    `mutation ($s: ID!, $n: String!, $p: Decimal!) { placeOrder(input: { number: $n, supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "FIN-1", productName: "电机", quantity: 1, unitPrice: $p }] }) { id } }`,
    { s: supplier.companyId, n: `FIN-${Date.now()}-${counter}`, p: amount },
  );
  return placeOrder.id;
}

/** An order from buyer to supplier taken through confirm, ship and deliver; returns its id. */
export async function deliveredOrder(
  buyer: Account,
  supplier: Account,
  amount = '100000.00',
): Promise<string> {
  const orderId = await placedOrder(buyer, supplier, amount);
  const act = (who: Account, action: string) =>
    who.data(
      'mutation ($o: ID!, $a: OrderAction!) { actOnOrder(orderId: $o, action: $a) { status } }',
      {
        o: orderId,
        a: action,
      },
    );
  await act(supplier, 'CONFIRM');
  await act(supplier, 'SHIP');
  await act(buyer, 'DELIVER');
  return orderId;
}

export const RECEIVABLE_FIELDS = `id rootId parentId orderId status longTenor amount { amount currency } dueDate
  holder { id } debtor { id } creditor { id } activePledge { id status }`;

export interface ReceivableView {
  id: string;
  rootId: string;
  parentId: string | null;
  orderId: string;
  status: string;
  longTenor: boolean;
  amount: { amount: string; currency: string };
  dueDate: string;
  holder: { id: string };
  debtor: { id: string };
  creditor: { id: string };
  activePledge: { id: string; status: string } | null;
}

/** The supplier registers the receivable of a delivered order (due in 60 days unless told). */
export async function registerReceivable(
  supplier: Account,
  orderId: string,
  dueDate = inDays(60),
  extra: Record<string, unknown> = {},
): Promise<ReceivableView> {
  const { registerReceivable } = await supplier.data<{ registerReceivable: ReceivableView }>(
    `mutation ($i: RegisterReceivableInput!) { registerReceivable(input: $i) { ${RECEIVABLE_FIELDS} } }`,
    { i: { orderId, dueDate, ...extra } },
  );
  return registerReceivable;
}

export async function confirmReceivables(
  debtor: Account,
  ids: string[],
): Promise<ReceivableView[]> {
  return (
    await debtor.data<{ confirmReceivables: ReceivableView[] }>(
      `mutation ($ids: [ID!]!) { confirmReceivables(ids: $ids) { ${RECEIVABLE_FIELDS} } }`,
      { ids },
    )
  ).confirmReceivables;
}

/** A bank product with the typical figures: 80 % advance, 4.35 % a year. */
export async function defineProduct(
  bank: Account,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { defineFinanceProduct } = await bank.data<{ defineFinanceProduct: { id: string } }>(
    'mutation ($i: FinanceProductInput!) { defineFinanceProduct(input: $i) { id } }',
    { i: { name: '应收账款质押贷', advanceRate: '80', annualRate: '4.35', ...extra } },
  );
  return defineFinanceProduct.id;
}

export async function grantReceivables(holder: Account, bankId: string): Promise<void> {
  await holder.data(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: RECEIVABLES) { id } }',
    { g: bankId },
  );
}
