import { specFor } from '../shared/decider-spec';
import { reportPrice, type PriceReported } from './report-price';

const given = () =>
  specFor(reportPrice).given({
    kinds: new Map([
      ['bank', 'BANK'],
      ['platform', 'PLATFORM_OPERATOR'],
      ['sme', 'SME'],
    ]),
  });
const price = (reporterId: string, priceFen = 72_000_00, sku = 'CU'): PriceReported => ({
  sku,
  priceFen,
  currency: 'CNY',
  reporterId,
  reportedAt: '2026-01-05T08:00:00Z',
});

describe('PriceReported', () => {
  it('accepts a bank’s price and the platform operator’s', () => {
    given().when(price('bank')).then(price('bank'));
    given().when(price('platform')).thenAccepts();
  });
  it('refuses a price from a borrower or an unknown company (FORBIDDEN)', () => {
    given()
      .when(price('sme'))
      .thenFails('FORBIDDEN', /banks and the platform operator/, 'reporterId');
    given().when(price('ghost')).thenFails('FORBIDDEN');
  });
  it('refuses a price that is not a positive amount, or no product (BAD_USER_INPUT)', () => {
    given()
      .when(price('bank', 0))
      .thenFails('BAD_USER_INPUT', /positive/, 'price');
    given()
      .when(price('bank', 1, ' '))
      .thenFails('BAD_USER_INPUT', /sku/, 'sku');
  });
});
