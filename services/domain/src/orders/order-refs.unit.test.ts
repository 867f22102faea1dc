import { orderPartiesIn } from './order-refs';

describe('orderPartiesIn: the parties an order event’s outcome names', () => {
  const refs = { orderId: 'o1', buyerId: 'b1', supplierId: 's1', actorCompanyId: 's1' };

  it('given an order placed, then its buyer and supplier', () =>
    expect(orderPartiesIn('OrderPlaced', refs)).toEqual({
      orderId: 'o1',
      buyerId: 'b1',
      supplierId: 's1',
    }));

  it('given an action on an order whose outcome carries the parties, then them', () =>
    expect(orderPartiesIn('OrderActedOn', refs)).toEqual({
      orderId: 'o1',
      buyerId: 'b1',
      supplierId: 's1',
    }));

  it('given an action outcome without the parties (written before they were added), then nothing', () =>
    expect(
      orderPartiesIn('OrderActedOn', { orderId: 'o1', actorCompanyId: 's1' }),
    ).toBeUndefined());

  it('given another event with an order id and a buyer id, then nothing: its buyer need not be the order’s', () =>
    expect(orderPartiesIn('ReceivableRegistered', refs)).toBeUndefined());
});
