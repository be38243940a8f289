/**
 * Token buckets in memory, one per key (a principal id): `perSecond` tokens refill each second up
 * to `burst`. Per process: with N replicas a principal gets up to N times the rate.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  get enabled(): boolean {
    return this.perSecond > 0;
  }

  /** Takes one token for `key`: 0 when granted, otherwise the whole seconds until the next one. */
  take(key: string): number {
    if (!this.enabled) return 0;
    const t = this.now();
    if (!this.buckets.has(key) && this.buckets.size >= this.maxKeys) this.forgetIdle(t);
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((t - bucket.at) / 1000) * this.perSecond);
    bucket.at = t;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond));
  }

  /** Whole seconds until `key` has a token again, without taking one; 0 when it has one now. */
  wait(key: string): number {
    if (!this.enabled) return 0;
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const tokens = Math.min(this.burst, bucket.tokens + ((this.now() - bucket.at) / 1000) * this.perSecond);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.perSecond));
  }

  /** Buckets that have refilled completely carry no state worth keeping. */
  private forgetIdle(t: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }
}
