/**
 * Sliding-window limits kept in memory, per gateway instance (documented as such in the README):
 * failed logins per client address, POST /ingest requests per API key. A deployment with N gateways
 * allows N times the limit; the per-account lockout, which must hold across gateways, is an event
 * instead (users/credentials in the domain).
 */
export class WindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    /** Keys kept at most; the oldest are forgotten first (bounds memory under a spray of addresses). */
    private readonly maxKeys = 100_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.hits.set(key, list);
    else this.hits.delete(key);
    return list;
  }

  /** Milliseconds until `key` may go again, or undefined when it may now. */
  blocked(key: string, now = Date.now()): number | undefined {
    const list = this.recent(key, now);
    return list.length >= this.limit ? list[0]! + this.windowMs - now : undefined;
  }

  /** Counts one use by `key`. */
  hit(key: string, now = Date.now()): void {
    const list = this.recent(key, now);
    list.push(now);
    this.hits.delete(key);
    this.hits.set(key, list);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
  }
}
