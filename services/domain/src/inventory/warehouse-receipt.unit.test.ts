import { specFor } from '../shared/decider-spec';
import { issueWarehouseReceipt, type WarehouseReceiptIssued } from './warehouse-receipt';

const given = () =>
  specFor(issueWarehouseReceipt).given({
    kinds: new Map([
      ['wh', 'WAREHOUSE_OPERATOR'],
      ['sme', 'SME'],
      ['bank', 'BANK'],
    ]),
  });
const receipt = (extra: Partial<WarehouseReceiptIssued> = {}): WarehouseReceiptIssued => ({
  receiptId: 'r-1',
  operatorId: 'wh',
  holderId: 'sme',
  warehouse: 'WH-NB',
  sku: 'CU',
  quantity: 120,
  issuedAt: '2026-01-05T08:00:00Z',
  ...extra,
});

describe('WarehouseReceiptIssued', () => {
  it('accepts the operator stating what it holds for a company, zero included', () => {
    given().when(receipt()).then(receipt());
    given()
      .when(receipt({ quantity: 0 }))
      .thenAccepts();
  });
  it('refuses a receipt from anyone but a warehouse operator (FORBIDDEN): a borrower cannot vouch for itself', () => {
    given()
      .when(receipt({ operatorId: 'sme' }))
      .thenFails('FORBIDDEN', /warehouse operators/);
    given()
      .when(receipt({ operatorId: 'bank' }))
      .thenFails('FORBIDDEN');
  });
  it('refuses an unknown holder (NOT_FOUND)', () =>
    given()
      .when(receipt({ holderId: 'ghost' }))
      .thenFails('NOT_FOUND', /does not exist/, 'holderId'));
  it('refuses goods held for the operator itself, a bad quantity or an empty SKU (BAD_USER_INPUT)', () => {
    given()
      .when(receipt({ holderId: 'wh' }))
      .thenFails('BAD_USER_INPUT', /another company/);
    given()
      .when(receipt({ quantity: -1 }))
      .thenFails('BAD_USER_INPUT', /whole number/, 'quantity');
    given()
      .when(receipt({ quantity: 1.5 }))
      .thenFails('BAD_USER_INPUT', undefined, 'quantity');
    given()
      .when(receipt({ sku: ' ' }))
      .thenFails('BAD_USER_INPUT', /SKU/, 'sku');
  });
});
