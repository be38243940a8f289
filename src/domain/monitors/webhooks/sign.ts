import { createHmac } from 'node:crypto';

/** The headers a delivery carries: the Unix time it was signed, and `v1=<hex HMAC-SHA256 of "<timestamp>.<body>">`. */
export const WEBHOOK_HEADERS = {
  timestamp: 'x-provenant-timestamp',
  signature: 'x-provenant-signature',
  event: 'x-provenant-event',
} as const;

/**
 * The signature of a delivery, as Stripe and GitHub sign theirs: HMAC-SHA256 with the endpoint's secret
 * over the timestamp, a dot and the exact body. A receiver recomputes it, compares in constant time,
 * and refuses timestamps too old (replays).
 */
export const signature = (secret: string, timestamp: number, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
