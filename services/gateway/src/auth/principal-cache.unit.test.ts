import type { Outcome } from '@chainlift/domain';
import { PrincipalCache } from './principal-cache';

const row = (id: string, companyId: string, active = true) => ({
  id,
  email: `${id}@x.cn`,
  name: id,
  role: 'ADMIN' as const,
  platformAdmin: false,
  active,
  companyId,
  companyKind: 'SME' as const,
});

/** A user table that counts its reads; `set` changes a row as the projector would. */
function table() {
  const rows = new Map([
    ['u1', row('u1', 'c1')],
    ['u2', row('u2', 'c2')],
  ]);
  let reads = 0;
  let pending: (() => void) | undefined;
  return {
    reads: () => reads,
    set: (id: string, value: ReturnType<typeof row>) => rows.set(id, value),
    /** The next read waits until release() is called (a slow Neo4j read). */
    holdNextRead: () =>
      new Promise<void>((ready) => {
        pending = ready;
      }),
    users: {
      byId: async (id: string) => {
        reads += 1;
        const value = rows.get(id);
        if (pending) {
          const release = pending;
          pending = undefined;
          await new Promise<void>((resolve) => {
            release();
            setTimeout(resolve, 5);
          });
        }
        return value;
      },
      byEmail: () => Promise.resolve(undefined),
    },
  };
}

const applied = (type: string, companyId?: string): Outcome => ({
  eventId: 'e',
  status: 'APPLIED',
  type,
  refs: companyId ? { companyId } : {},
});

describe('principal cache', () => {
  let now = 0;
  let healthy = true;
  const cacheOf = (t: ReturnType<typeof table>) =>
    new PrincipalCache(t.users as never, {
      ttlMs: 1_000,
      maxEntries: 2,
      outcomesHealthy: () => healthy,
      now: () => now,
    });
  beforeEach(() => {
    now = 0;
    healthy = true;
  });

  it('given a user read once, when the next request comes, then Neo4j is not read again', async () => {
    const t = table();
    const cache = cacheOf(t);
    await cache.byId('u1');
    expect(await cache.byId('u1')).toMatchObject({ id: 'u1', active: true });
    expect(t.reads()).toBe(1);
  });

  it('given a cached user, when its deactivation is applied, then the next request sees it inactive', async () => {
    const t = table();
    const cache = cacheOf(t);
    await cache.byId('u1');
    t.set('u1', row('u1', 'c1', false));
    cache.observe(applied('UserDeactivated', 'c1'));
    expect(await cache.byId('u1')).toMatchObject({ active: false });
  });

  it("given users of two companies, when one company's user changes, then only that company's entries go", async () => {
    const t = table();
    const cache = cacheOf(t);
    await cache.byId('u1');
    await cache.byId('u2');
    cache.observe(applied('UserRoleChanged', 'c1'));
    expect(cache.size).toBe(1);
    cache.observe(applied('OrderPlaced', 'c2'));
    cache.observe({ eventId: 'r', status: 'REJECTED', code: 'FORBIDDEN', message: 'no' });
    expect(cache.size).toBe(1);
  });

  it('given a read in flight, when a change is applied before it ends, then its row is not kept', async () => {
    const t = table();
    const cache = cacheOf(t);
    const held = t.holdNextRead();
    const reading = cache.byId('u1');
    await held;
    cache.observe(applied('UserDeactivated', 'c1'));
    await reading;
    expect(cache.size).toBe(0);
  });

  it('given the outcome consumer is down, when a request comes, then it reads Neo4j every time', async () => {
    const t = table();
    const cache = cacheOf(t);
    await cache.byId('u1');
    healthy = false;
    await cache.byId('u1');
    await cache.byId('u1');
    expect(t.reads()).toBe(3);
  });

  it('given an entry older than the time limit, when asked, then it is read again; the oldest entry goes past the size limit', async () => {
    const t = table();
    t.set('u3', row('u3', 'c3'));
    const cache = cacheOf(t);
    await cache.byId('u1');
    now = 1_000;
    await cache.byId('u1');
    expect(t.reads()).toBe(2);
    await cache.byId('u2');
    await cache.byId('u3');
    expect(cache.size).toBe(2);
    await cache.byId('u1');
    expect(t.reads()).toBe(5);
  });
});
