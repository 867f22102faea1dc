/**
 * Finding (bench:fanout, 2026-12-06): during a burst of outcomes every live subscription's decision
 * read Neo4j at once; the driver's pool ran dry, and a decision the stream had dropped (its queue
 * full) rejected with nobody listening — an unhandled rejection, which ends a Node process: one
 * user's thousand subscriptions took the gateway down for everyone. Now every decision is handled
 * before it may be dropped, and the live path's reads run at most LIVE_CONCURRENT_READS at once.
 */
import { appliedEvents, OutcomeListeners } from '@chainlift/gateway';

describe('security: a burst of live decisions cannot end the gateway', () => {
  it('given a stream whose decisions are backed up, when a dropped event’s decision fails, then nothing rejects unhandled (the gateway died of it)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const bus = new OutcomeListeners();
      let release!: () => void;
      const blocked = new Promise<boolean>((resolve) => (release = () => resolve(true)));
      let asked = 0;
      const feed = appliedEvents(bus, ['OrderPlaced'], {
        // The first 1,000 wait; the ones past the queue's bound fail as an exhausted pool does.
        admit: () =>
          ++asked <= 1000 ? blocked : Promise.reject(new Error('Connection acquisition timed out')),
      });
      for (let i = 0; i < 1010; i += 1)
        bus.send({ eventId: `e${i}`, status: 'APPLIED', type: 'OrderPlaced', refs: {} });
      release();
      expect((await feed.next()).value).toMatchObject({ eventId: 'e0' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect({ asked, unhandled }).toEqual({ asked: 1010, unhandled: [] });
      feed.end();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
