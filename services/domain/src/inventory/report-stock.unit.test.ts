import { specFor } from '../shared/decider-spec';
import { acceptStockReport } from './report-stock';

const given = () =>
  specFor(acceptStockReport).given({
    kinds: new Map([
      ['sme', 'SME'],
      ['leader', 'CHAIN_LEADER'],
      ['bank', 'BANK'],
    ]),
  });

describe('StockReported', () => {
  it('accepts a supplier’s or a chain leader’s own stock', () => {
    given().when({ companyId: 'sme' }).then({ companyId: 'sme' });
    given().when({ companyId: 'leader' }).thenAccepts();
  });
  it('refuses an unknown company (NOT_FOUND)', () =>
    given()
      .when({ companyId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'companyId'));
  it('refuses a company that trades no goods (FORBIDDEN)', () =>
    given()
      .when({ companyId: 'bank' })
      .thenFails('FORBIDDEN', /not BANK/, 'companyId'));
});
