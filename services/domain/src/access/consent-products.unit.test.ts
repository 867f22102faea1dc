import { consentProducts, coveredProducts, whyNoStock } from './consent-products';

describe('the products an INVENTORY consent covers', () => {
  it('given chosen products, then the consent names them (trimmed, once each)', () => {
    expect(consentProducts('INVENTORY', [' CU-1 ', 'CU-2', 'CU-1'], ['MOTOR'])).toEqual({
      ok: true,
      value: ['CU-1', 'CU-2'],
    });
  });

  it('given no choice, then it covers what the grantor supplies to the grantee', () => {
    expect(consentProducts('INVENTORY', undefined, ['电机', '风扇', '电机'])).toEqual({
      ok: true,
      value: ['电机', '风扇'],
    });
  });

  it('given no choice and nothing supplied yet, then it names none and follows the orders', () => {
    expect(consentProducts('INVENTORY', null, [])).toEqual({ ok: true, value: undefined });
  });

  it('given an explicit empty list, then it is refused (BAD_USER_INPUT on products)', () => {
    for (const empty of [[], ['  ']])
      expect(consentProducts('INVENTORY', empty, ['电机'])).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT', field: 'products' },
      });
  });

  it('given products on another scope, or too long a name, then it is refused', () => {
    expect(consentProducts('ORDERS', ['CU'], [])).toMatchObject({
      ok: false,
      error: { field: 'products' },
    });
    expect(consentProducts('ORDERS', undefined, ['CU'])).toEqual({ ok: true, value: undefined });
    expect(consentProducts('INVENTORY', ['x'.repeat(65)], [])).toMatchObject({ ok: false });
  });

  it('covers the named products, and what was bought only for a consent naming none', () => {
    expect(coveredProducts([{ products: ['A'] }], ['B'])).toEqual({
      products: ['A'],
      followsOrders: false,
    });
    expect(coveredProducts([{ products: ['A'] }, { products: null }], ['B'])).toEqual({
      products: ['A', 'B'],
      followsOrders: true,
    });
    expect(coveredProducts([{ products: null }], [])).toEqual({
      products: [],
      followsOrders: true,
    });
  });
});

describe('why a stock list is empty', () => {
  it('given positions, then there is no reason', () => {
    expect(whyNoStock({ own: false, positions: 2, covered: ['A'] })).toBeNull();
  });
  it('given a consent covering nothing yet, then NO_PRODUCTS_COVERED says what to do', () => {
    expect(whyNoStock({ own: false, positions: 0, covered: [] })).toEqual({
      code: 'NO_PRODUCTS_COVERED',
      message: expect.stringMatching(/^the consent names no products: .* Ask the supplier/),
    });
  });
  it('given covered products without stock, then NO_STOCK_REPORTED names them', () => {
    expect(whyNoStock({ own: false, positions: 0, covered: ['A', 'B'] })).toEqual({
      code: 'NO_STOCK_REPORTED',
      message: expect.stringContaining('(A, B)'),
    });
    expect(whyNoStock({ own: true, positions: 0, covered: [] })?.code).toBe('NO_STOCK_REPORTED');
  });
});
