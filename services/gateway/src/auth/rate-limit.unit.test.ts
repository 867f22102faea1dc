import { WindowLimiter } from './rate-limit';

describe('WindowLimiter', () => {
  it('blocks a key at the limit until its oldest use leaves the window', () => {
    const limiter = new WindowLimiter(2, 1000);
    limiter.hit('a', 0);
    expect(limiter.blocked('a', 10)).toBeUndefined();
    limiter.hit('a', 500);
    expect(limiter.blocked('a', 600)).toBe(400);
    expect(limiter.blocked('b', 600)).toBeUndefined();
    expect(limiter.blocked('a', 1001)).toBeUndefined();
  });
  it('forgets the oldest keys past its capacity', () => {
    const limiter = new WindowLimiter(1, 1000, 2);
    limiter.hit('a', 0);
    limiter.hit('b', 0);
    limiter.hit('c', 0);
    expect(limiter.blocked('a', 1)).toBeUndefined();
    expect(limiter.blocked('c', 1)).toBe(999);
  });
});
