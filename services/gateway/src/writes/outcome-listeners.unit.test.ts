import type { Outcome } from '@chainlift/domain';
import { OutcomeListeners } from './outcome-listeners';

const applied = (eventId: string, type: string): Outcome => ({
  eventId,
  status: 'APPLIED',
  type,
  refs: {},
});

describe('OutcomeListeners', () => {
  it('given listeners of some types and of everything, when outcomes are sent, then each hears its own', () => {
    const listeners = new OutcomeListeners();
    const heard: Record<string, string[]> = { orders: [], stock: [], all: [] };
    listeners.listen((o) => heard.orders!.push(o.eventId), ['OrderPlaced', 'OrderActedOn']);
    listeners.listen((o) => heard.stock!.push(o.eventId), ['StockReported']);
    listeners.listen((o) => heard.all!.push(o.eventId));
    listeners.send(applied('e1', 'OrderPlaced'));
    listeners.send(applied('e2', 'StockReported'));
    listeners.send({ eventId: 'e3', status: 'REJECTED', code: 'FORBIDDEN', message: 'no' });
    listeners.send(applied('e4', 'OrderActedOn'));
    expect(heard).toEqual({ orders: ['e1', 'e4'], stock: ['e2'], all: ['e1', 'e2', 'e3', 'e4'] });
  });

  it('given a listener of two types, when it stops, then it hears nothing more and is no longer counted', () => {
    const listeners = new OutcomeListeners();
    const heard: string[] = [];
    const stop = listeners.listen((o) => heard.push(o.eventId), ['OrderPlaced', 'OrderActedOn']);
    expect(listeners.size).toBe(1);
    stop();
    listeners.send(applied('e1', 'OrderPlaced'));
    expect({ heard, size: listeners.size }).toEqual({ heard: [], size: 0 });
  });

  it('given listeners of both kinds, when one stops twice, then the count drops once', () => {
    const listeners = new OutcomeListeners();
    const stopAll = listeners.listen(() => undefined);
    const stopOrders = listeners.listen(() => undefined, ['OrderPlaced']);
    expect(listeners.size).toBe(2);
    stopOrders();
    stopOrders();
    expect(listeners.size).toBe(1);
    stopAll();
    expect(listeners.size).toBe(0);
  });
});
