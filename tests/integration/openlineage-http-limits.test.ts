import { describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/graph-snapshot.js';
import { useHarness } from '../helpers/harness.js';
import { post } from '../helpers/openlineage.js';

/** The plain HTTP routes refuse like /graphql does: credential guessing and request floods are throttled. */
const { h } = useHarness({ auth: 'real', requestLimits: { authFailuresPerMinute: 2, ratePerSecond: 0.01, rateBurst: 1 } });

describe('POST /api/v1/lineage limits', () => {
  // The rate test runs first: after the credential test, this client address waits.
  it('a principal over its request rate gets 429 with Retry-After', async () => {
    const key = await h.createKey(['ENGINEER']);
    const first = await post(h.app, { not: 'an event' }, { headers: h.bearer(key) });
    expect(first.status).toBe(400);
    const res = await h.app.fetch('http://provenant.test/api/v1/lineage', {
      method: 'POST',
      headers: { ...h.bearer(key), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
  it('after two refused credentials from one address, even the next attempt waits (429)', async () => {
    const before = await snapshot(h.db);
    const bogus = { authorization: 'Bearer pvn_not_a_real_key_000000000000000000000000' };
    expect((await post(h.app, {}, { headers: bogus })).status).toBe(401);
    expect((await post(h.app, {}, { headers: bogus })).status).toBe(401);
    const third = await post(h.app, {}, { headers: bogus });
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('RATE_LIMITED');
    expect(await snapshot(h.db)).toEqual(before);
  });
});
