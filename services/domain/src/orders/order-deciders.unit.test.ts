import type { TradeFacts } from '../chain/supply-links';
import { specFor } from '../shared/decider-spec';
import { actOnOrder, placeOrderDecider, type OrderState, type PlacedOrder } from './order-deciders';

const order: PlacedOrder = {
  orderId: 'o1',
  number: 'PO-1',
  buyerId: 'buyer',
  supplierId: 'sup',
  currency: 'CNY',
  lines: [{ sku: 'MOTOR-220', productName: '电机', quantity: 10, unitPriceFen: 3550 }],
  totalFen: 35_500,
  promisedDate: '2026-02-01',
  placedOn: '2026-01-10',
};
const confirmed: TradeFacts = { supplierKind: 'SME', link: 'CONFIRMED', sameChain: false };
const given = (trade: TradeFacts = confirmed, ids: string[] = [], numbers: string[] = []) =>
  specFor(placeOrderDecider).given({
    companies: new Set(['buyer', 'sup', 'bank']),
    trade: new Map([['buyer>sup', trade]]),
    ids: new Set(ids),
    numbers: new Set(numbers),
  });

describe('OrderPlaced', () => {
  it('accepts an order to a supplier with a confirmed link', () => given().when(order).then(order));
  it('accepts an order to a fellow chain member', () =>
    given({ supplierKind: 'SME', link: undefined, sameChain: true }).when(order).thenAccepts());
  it('refuses an order that is not well-formed (BAD_USER_INPUT)', () =>
    given()
      .when({ ...order, totalFen: 1 })
      .thenFails('BAD_USER_INPUT', /not the sum/, 'totalFen'));
  it('refuses a line total above the safe bound (finding 15, BAD_USER_INPUT)', () =>
    given()
      .when({
        ...order,
        lines: [{ sku: 'X', productName: 'X', quantity: 2147483647, unitPriceFen: 4194305 }],
        totalFen: 2147483647 * 4194305,
      })
      .thenFails('BAD_USER_INPUT', /larger than the platform accepts/));
  it('refuses a buyer or supplier that does not exist (NOT_FOUND)', () => {
    given()
      .when({ ...order, buyerId: 'ghost' })
      .thenFails('NOT_FOUND', /buyer ghost/);
    given()
      .when({ ...order, supplierId: 'ghost' })
      .thenFails('NOT_FOUND', /supplier ghost/, 'supplierId');
  });
  it('refuses a supplier whose link the buyer declared alone (finding 6, FORBIDDEN)', () =>
    given({ supplierKind: 'SME', link: 'PENDING', sameChain: false })
      .when(order)
      .thenFails('FORBIDDEN', /not confirmed/, 'supplierId'));
  it('refuses a company that is neither its supplier nor in its chain (FORBIDDEN)', () =>
    given({ supplierKind: 'SME', link: undefined, sameChain: false })
      .when(order)
      .thenFails('FORBIDDEN', /own suppliers/, 'supplierId'));
  it('refuses a company that cannot supply (finding 6, BAD_USER_INPUT)', () =>
    given({ supplierKind: 'BANK', link: 'CONFIRMED', sameChain: false })
      .when(order)
      .thenFails('BAD_USER_INPUT', /can be suppliers/, 'supplierId'));
  it('refuses an order id or a number in use, also earlier in the run (CONFLICT)', () => {
    given(confirmed, ['o1'])
      .when(order)
      .thenFails('CONFLICT', /already in use/);
    given(confirmed, [], ['buyer/PO-1'])
      .when(order)
      .thenFails('CONFLICT', /number/, 'number');
    given()
      .when(order, { ...order, orderId: 'o2' })
      .thenFails('CONFLICT', /already used by this buyer/, 'number');
  });
});

describe('OrderActedOn', () => {
  const facts: OrderState = {
    id: 'o1',
    status: 'PLACED',
    buyerId: 'buyer',
    supplierId: 'sup',
    currency: 'CNY',
    totalFen: 35_500,
    placedOn: '2026-01-10',
    promisedDate: '2026-02-01',
  };
  const act = (action: 'confirm' | 'ship' | 'deliver' | 'invoice' | 'cancel', actor = 'sup') => ({
    orderId: 'o1',
    action,
    actorCompanyId: actor,
    on: '2026-01-11',
  });
  const given = () => specFor(actOnOrder).given(new Map([['o1', { ...facts }]]));

  it('accepts the lifecycle in order, each by its party', () =>
    given()
      .when(act('confirm'), act('ship'), act('deliver', 'buyer'), act('invoice'))
      .then(act('invoice')));
  it('refuses an order that does not exist (NOT_FOUND)', () =>
    given()
      .when({ ...act('confirm'), orderId: 'nope' })
      .thenFails('NOT_FOUND', /does not exist/, 'orderId'));
  it('refuses a company that is not a party (FORBIDDEN)', () =>
    given()
      .when(act('cancel', 'stranger'))
      .thenFails('FORBIDDEN', /buyer and the supplier/));
  it('refuses the wrong party (FORBIDDEN)', () =>
    given()
      .when(act('confirm', 'buyer'))
      .thenFails('FORBIDDEN', /only the supplier/));
  it('refuses a step its status does not allow, as the run moved it (CONFLICT)', () =>
    given()
      .when(act('confirm'), act('confirm'))
      .thenFails('CONFLICT', /CONFIRMED/));
});
