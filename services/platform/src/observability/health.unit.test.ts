import { ProjectionLag, readiness, reuseFor } from './health';

const at = (end: number, lag: number, partition = 0) => ({
  topic: 'chainlift.orders',
  partition,
  end: BigInt(end),
  lag,
});

describe('projection lag in time', () => {
  it('is zero while the group has committed everything', () => {
    const lag = new ProjectionLag();
    expect(lag.observe(0, [at(10, 0)])).toEqual({ events: 0, seconds: 0 });
    expect(lag.observe(60_000, [at(10, 0)])).toEqual({ events: 0, seconds: 0 });
  });

  it('is the age of the oldest end offset the group has not reached (a stopped projector)', () => {
    const lag = new ProjectionLag();
    lag.observe(0, [at(10, 0)]);
    lag.observe(1_000, [at(15, 5)]);
    lag.observe(11_000, [at(20, 10)]);
    expect(lag.observe(41_000, [at(25, 15)])).toEqual({ events: 15, seconds: 40 });
  });

  it('stays small for a projector that keeps up with a steady stream (always a few events behind)', () => {
    const lag = new ProjectionLag();
    let result = { events: 0, seconds: 0 };
    for (let t = 0; t <= 60; t += 5) result = lag.observe(t * 1000, [at(100 * t + 100, 3)]);
    expect(result).toEqual({ events: 3, seconds: 0 });
  });

  it('counts a partition as behind until its own end is reached, and keeps its memory bounded', () => {
    const lag = new ProjectionLag(4);
    lag.observe(0, [at(10, 1, 0), at(10, 0, 1)]);
    for (let t = 1; t <= 20; t += 1) lag.observe(t * 1000, [at(10, 1, 0), at(10 + t, 0, 1)]);
    expect(lag.observe(30_000, [at(10, 1, 0), at(40, 0, 1)]).seconds).toBe(30);
    expect(lag.observe(31_000, [at(10, 0, 0), at(40, 0, 1)]).seconds).toBe(0);
  });
});

describe('readiness', () => {
  it('is ok when every check is, else names each failing check in one line', async () => {
    expect(
      await readiness({
        a: () => Promise.resolve({ ok: true }),
        b: () => Promise.resolve({ ok: true }),
      }),
    ).toEqual({ status: 'ok', checks: { a: { ok: true }, b: { ok: true } } });
    const answer = await readiness({
      a: () => Promise.resolve({ ok: true }),
      b: () => Promise.reject(new Error('connection refused\nstack')),
      c: () => Promise.resolve({ ok: false, detail: 'behind' }),
    });
    expect(answer.status).toBe('unavailable');
    expect(answer.reason).toBe('b: connection refused; c: behind');
  });

  it('fails a check that does not answer in time', async () => {
    const answer = await readiness({ slow: () => new Promise(() => undefined) }, 50);
    expect(answer.reason).toBe('slow: no answer within 50 ms');
  });
});

describe('one lag measurement answers the probes that arrive together', () => {
  it('given a measurement 500 ms ago, when another probe asks, then Kafka is not asked again', async () => {
    let now = 0;
    let calls = 0;
    const measure = reuseFor(
      1_000,
      () => Promise.resolve(++calls),
      () => now,
    );
    expect(await measure()).toBe(1);
    now = 500;
    expect(await measure()).toBe(1);
    now = 1_000;
    expect(await measure()).toBe(2);
    expect(calls).toBe(2);
  });

  it('given a measurement failed, when the next probe asks, then it measures again', async () => {
    let calls = 0;
    const measure = reuseFor(
      1_000,
      () => (++calls === 1 ? Promise.reject(new Error('broker down')) : Promise.resolve(calls)),
      () => 0,
    );
    await expect(measure()).rejects.toThrow('broker down');
    expect(await measure()).toBe(2);
  });
});
