import { gatherPerTurn } from './gather';

describe('gatherPerTurn', () => {
  it('handles the calls of one turn together, in arrival order, once', async () => {
    const calls: number[][] = [];
    const gather = gatherPerTurn<number>(async (entries) => {
      calls.push(entries);
    });
    await Promise.all([gather(1), gather(2), gather(3)]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('starts a new group for a call made after the previous group was handed over', async () => {
    const calls: number[][] = [];
    const gather = gatherPerTurn<number>(async (entries) => {
      calls.push(entries);
    });
    await gather(1);
    await Promise.all([gather(2), gather(3)]);
    expect(calls).toEqual([[1], [2, 3]]);
  });

  it('a call arriving while a group is being handled waits for a group of its own', async () => {
    const calls: number[][] = [];
    let release: () => void = () => undefined;
    const gather = gatherPerTurn<number>(async (entries) => {
      calls.push(entries);
      if (entries[0] === 1) await new Promise<void>((r) => (release = r));
    });
    const first = gather(1);
    await new Promise((r) => setImmediate(r));
    const second = gather(2);
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([[1], [2]]);
    release();
    await Promise.all([first, second]);
  });

  it('rejects every caller of the group when handling fails, and goes on afterwards', async () => {
    const gather = gatherPerTurn<number>(async (entries) => {
      if (entries.includes(2)) throw new Error('Neo4j refused');
    });
    const results = await Promise.allSettled([gather(1), gather(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(gather(3)).resolves.toBeUndefined();
  });
});
