/**
 * At most `max` requests in flight per key (a principal id), so that one principal's heavy queries
 * hold at most that many of the server's database sessions and others still get theirs. Per process,
 * like the rate limit; 0 turns it off.
 */
export class InFlightLimiter {
  private readonly running = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Takes a slot for `key`: a function that gives it back (call it once), or null when all of the key's slots are taken. */
  enter(key: string): (() => void) | null {
    if (this.max <= 0) return () => {};
    const now = this.running.get(key) ?? 0;
    if (now >= this.max) return null;
    this.running.set(key, now + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const n = (this.running.get(key) ?? 1) - 1;
      if (n <= 0) this.running.delete(key);
      else this.running.set(key, n);
    };
  }

  inFlight(key: string): number {
    return this.running.get(key) ?? 0;
  }
}
