import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limit.js';

describe('RateLimiter (token bucket per key)', () => {
  it('grants the burst, then refills at the rate, and says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(1);
    now += 500; // one token back at 2 per second
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    now += 10_000;
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter(1, 1, () => 0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    expect(limiter.take('b')).toBe(0);
  });

  it('a slow rate asks for a longer wait', () => {
    const limiter = new RateLimiter(0.1, 1, () => 0);
    limiter.take('a');
    expect(limiter.take('a')).toBe(10);
  });

  it('is off at rate 0', () => {
    const limiter = new RateLimiter(0, 1, () => 0);
    expect(Array.from({ length: 100 }, () => limiter.take('a')).every((w) => w === 0)).toBe(true);
  });

  it('forgets buckets that refilled when it tracks too many keys', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1, () => now, 2);
    limiter.take('a');
    limiter.take('b');
    now += 5000;
    limiter.take('c');
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
  });
});
