/**
 * Which products an INVENTORY consent shows the grantee. The grantor may name them (its SKUs or
 * product names); without a choice the grant covers what it supplies to the grantee (the products
 * on their supply link and on orders it confirmed); a company that supplies the grantee nothing yet
 * grants with no products, and the consent then follows what the grantee buys on orders the
 * grantor confirms. An explicit empty list is a mistake, not "nothing": refused.
 *
 * A viewer that sees an empty stock list is told why (`whyNoStock`).
 */
import { fail, ok, type Result } from '../shared/errors';
import type { ConsentScope } from './access';

export const MAX_CONSENT_PRODUCTS = 100;
/** A product as stock names it: a SKU (at most 64 characters, the StockReported contract). */
export const MAX_CONSENT_PRODUCT_LENGTH = 64;

/**
 * The products a new consent names: `undefined` when it names none (it then follows what the
 * grantee buys). `supplied`: what the grantor supplies to the grantee now.
 */
export function consentProducts(
  scope: ConsentScope,
  products: readonly string[] | null | undefined,
  supplied: readonly string[],
): Result<string[] | undefined> {
  if (scope !== 'INVENTORY') {
    return products == null
      ? ok(undefined)
      : fail('BAD_USER_INPUT', 'products apply only to an INVENTORY consent', 'products');
  }
  if (products == null) {
    const defaults = unique(supplied).filter((p) => [...p].length <= MAX_CONSENT_PRODUCT_LENGTH);
    return ok(defaults.length ? defaults.slice(0, MAX_CONSENT_PRODUCTS) : undefined);
  }
  const chosen = unique(products);
  if (chosen.length === 0)
    return fail(
      'BAD_USER_INPUT',
      'an empty product list shows nothing: name at least one product, or leave products out to cover what you supply to this company',
      'products',
    );
  if (chosen.length > MAX_CONSENT_PRODUCTS)
    return fail(
      'BAD_USER_INPUT',
      `at most ${MAX_CONSENT_PRODUCTS} products per consent`,
      'products',
    );
  const long = chosen.find((p) => [...p].length > MAX_CONSENT_PRODUCT_LENGTH);
  if (long !== undefined)
    return fail(
      'BAD_USER_INPUT',
      `product "${long.slice(0, 20)}…" is longer than ${MAX_CONSENT_PRODUCT_LENGTH} characters`,
      'products',
    );
  return ok(chosen);
}

const unique = (list: readonly string[]) => [...new Set(list.map((p) => p.trim()).filter(Boolean))];

/**
 * What the grantee's active INVENTORY consents from one grantor cover: the products they name, and,
 * for a consent that names none, what the grantee bought on orders the grantor confirmed.
 */
export function coveredProducts(
  consents: readonly { products: readonly string[] | null }[],
  bought: readonly string[],
): { products: string[]; followsOrders: boolean } {
  const followsOrders = consents.some((c) => c.products === null);
  const named = consents.flatMap((c) => c.products ?? []);
  return { products: unique([...named, ...(followsOrders ? bought : [])]), followsOrders };
}

export const STOCK_EMPTY_REASONS = ['NO_PRODUCTS_COVERED', 'NO_STOCK_REPORTED'] as const;
export type StockEmptyReason = (typeof STOCK_EMPTY_REASONS)[number];

/** Why a stock list is empty (null when it is not): a code and a sentence for the viewer. */
export function whyNoStock(view: {
  own: boolean;
  positions: number;
  covered: readonly string[];
}): { code: StockEmptyReason; message: string } | null {
  if (view.positions > 0) return null;
  if (view.own)
    return { code: 'NO_STOCK_REPORTED', message: 'your company has reported no stock yet' };
  if (view.covered.length === 0)
    return {
      code: 'NO_PRODUCTS_COVERED',
      message:
        'the consent names no products: it covers what you bought on orders the supplier confirmed — none yet. Ask the supplier to name the products in its consent, or order from it',
    };
  return {
    code: 'NO_STOCK_REPORTED',
    message: `the supplier has reported no stock of the products the consent covers (${view.covered.slice(0, 10).join(', ')}${view.covered.length > 10 ? ', …' : ''})`,
  };
}
