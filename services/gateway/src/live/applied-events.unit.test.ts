import { OutcomeListeners } from '../writes/outcome-listeners';
import { appliedEvents, PerEvent, type LiveItem } from './applied-events';

/** An applied outcome, as the projector reports it. */
const applied = (eventId: string, type: string, refs: Record<string, string>) =>
  ({ eventId, status: 'APPLIED', type, refs }) as const;

describe('PerEvent', () => {
  it('given many subscribers of one event, when each asks for the same key, then it is made once and shared', async () => {
    const perEvent = new PerEvent();
    let made = 0;
    const make = () => ({ facts: ++made });
    const first = perEvent.value('e1', 'facts', make);
    expect(perEvent.value('e1', 'facts', make)).toBe(first);
    expect(perEvent.value('e2', 'facts', make)).not.toBe(first);
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    await Promise.all([perEvent.once('e1', 'row', read), perEvent.once('e1', 'row', read)]);
    expect({ made, reads }).toEqual({ made: 2, reads: 1 });
  });

  it('given more events than it keeps, when the oldest is asked again, then it is made afresh', () => {
    const perEvent = new PerEvent(2);
    let made = 0;
    const make = () => ++made;
    perEvent.value('e1', 'k', make);
    perEvent.value('e2', 'k', make);
    perEvent.value('e3', 'k', make);
    expect(perEvent.value('e3', 'k', make)).toBe(3);
    expect(perEvent.value('e1', 'k', make)).toBe(4);
  });

  it('given a burst of reads, when they run, then at most the limit run at once and every one answers', async () => {
    const perEvent = new PerEvent(2000, 3);
    let running = 0;
    let most = 0;
    const load = (i: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
      return i;
    };
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        perEvent.once(`e${i}`, 'row', () => perEvent.read(load(i))),
      ),
    );
    expect({ most, answers }).toEqual({
      most: 3,
      answers: Array.from({ length: 40 }, (_, i) => i),
    });
  });
});

describe('appliedEvents', () => {
  it('given a stream about one company, when other events of its types are applied, then only its own are queued', async () => {
    const bus = new OutcomeListeners();
    const feed = appliedEvents(bus, ['StockReported'], {
      about: (e) => e.refs.companyId === 'c1',
    });
    bus.send(applied('e1', 'StockReported', { companyId: 'c2' }));
    bus.send(applied('e2', 'OrderPlaced', { companyId: 'c1' }));
    bus.send(applied('e3', 'StockReported', { companyId: 'c1' }));
    feed.recheck('role changed');
    const items: LiveItem[] = [(await feed.next()).value, (await feed.next()).value];
    expect(items.map((i) => ('eventId' in i ? i.eventId : i.type))).toEqual(['e3', 'recheck']);
    feed.end();
    expect(bus.size).toBe(0);
    expect((await feed.next()).done).toBe(true);
  });

  it('given a stream that admits what its user may see, when decisions finish out of order, then it queues the admitted events in arrival order', async () => {
    const bus = new OutcomeListeners();
    const decided = new Map<string, (yes: boolean) => void>();
    const feed = appliedEvents(bus, ['OrderPlaced'], {
      admit: (e) => new Promise<boolean>((resolve) => decided.set(e.eventId, resolve)),
    });
    bus.send(applied('e1', 'OrderPlaced', { orderId: 'o1' }));
    bus.send(applied('e2', 'OrderPlaced', { orderId: 'o2' }));
    bus.send(applied('e3', 'OrderPlaced', { orderId: 'o3' }));
    feed.recheck('role changed');
    decided.get('e3')!(true);
    decided.get('e2')!(false);
    decided.get('e1')!(true);
    const ids = [];
    for (let i = 0; i < 3; i += 1) {
      const item = (await feed.next()).value as LiveItem;
      ids.push('eventId' in item ? item.eventId : item.type);
    }
    expect(ids).toEqual(['e1', 'e3', 'recheck']);
    feed.end();
  });

  it('given a decision that fails, when the event arrives, then it is queued so that the stream asks again and fails', async () => {
    const bus = new OutcomeListeners();
    const feed = appliedEvents(bus, ['OrderPlaced'], {
      admit: () => Promise.reject(new Error('Neo4j unavailable')),
    });
    bus.send(applied('e1', 'OrderPlaced', { orderId: 'o1' }));
    const item = (await feed.next()).value as LiveItem;
    expect('eventId' in item && item.eventId).toBe('e1');
    feed.end();
  });
});
