import { randomUUID } from 'node:crypto';
import { DEFAULT_WEBHOOK_DELIVERY } from '../../../config.js';
import { dateTimeParam, intParam } from '../../../db/values.js';
import type { DomainContext } from '../../context.js';
import { command } from '../../write-path.js';
import { monitorQueries } from '../queries.js';
import type { AlertEvent } from '../events.js';
import type { DeliveryRecord } from './endpoints.js';
import { signature, WEBHOOK_HEADERS } from './sign.js';

/** Deliveries an endpoint's log keeps, newest first. */
export const DELIVERY_LOG_SIZE = 50;

/** What a webhook receives: the event, the alert and the checks it cites. */
export function eventBody(event: AlertEvent, delivery: string, at: Date) {
  return {
    id: delivery,
    type: event.type,
    at: at.toISOString(),
    system: event.monitor.system,
    environment: event.monitor.environment,
    monitor: { id: event.monitor.id, name: event.monitor.name, signal: event.monitor.signal },
    alert: { id: event.alert.id, release: event.alert.release ?? null, reason: event.alert.reason ?? null, open: !event.alert.resolvedAt },
    checks: event.checks,
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One POST; ok on 2xx. */
async function post(
  url: string,
  secret: string,
  body: string,
  type: string,
  timeoutMs: number,
): Promise<{ status: number | null; error: string | null }> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signature(secret, timestamp, body),
        [WEBHOOK_HEADERS.event]: type,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    return { status: res.status, error: res.ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    return { status: null, error: err instanceof Error ? err.message.slice(0, 200) : 'delivery failed' };
  }
}

/**
 * Delivers a run's alert events to the system's enabled endpoints, after the run committed: each event
 * up to `maxAttempts` times, waiting `backoffMs`, then twice that, … between attempts. Every delivery is
 * logged on its endpoint through the one write path, as the run's principal, with its audit event
 * (`webhook.deliver`, naming the endpoint); `disableAfter` failed deliveries in a row disable it until an
 * ADMIN sets it again. Never throws: a receiver's trouble is its log's, not the run's.
 */
export async function deliverAlertEvents(ctx: DomainContext, system: string, events: AlertEvent[]): Promise<void> {
  if (events.length === 0) return;
  const settings = ctx.limits.webhookDelivery ?? DEFAULT_WEBHOOK_DELIVERY;
  const now = ctx.now;
  try {
    const cmd = command(ctx, 'webhook.deliver');
    const targets = await ctx.db.readQuery(monitorQueries.webhookTargets, { system });
    await Promise.all(
      targets.map(async (target) => {
        for (const event of events) {
          const delivery = randomUUID();
          const body = JSON.stringify(eventBody(event, delivery, now()));
          let attempts = 0;
          let outcome: { status: number | null; error: string | null } = { status: null, error: null };
          while (attempts < settings.maxAttempts) {
            if (attempts > 0) await wait(settings.backoffMs * 2 ** (attempts - 1));
            attempts++;
            outcome = await post(target.url, target.secret, body, event.type, settings.timeoutMs);
            if (outcome.error === null) break;
          }
          const record: DeliveryRecord = {
            at: now().toISOString(),
            event: event.type,
            delivery,
            attempts,
            ...outcome,
            ok: outcome.error === null,
          };
          const logged = await cmd.write({ endpoint: target.id, system, ...record }, async (tx, at) => {
            const row = await tx.one(monitorQueries.webhookLog, {
              id: target.id,
              ok: record.ok,
              entry: JSON.stringify(record),
              keep: intParam(DELIVERY_LOG_SIZE),
              disableAfter: settings.disableAfter,
              at: dateTimeParam(at),
            });
            return { result: row, targets: row ? [target.id] : [] };
          });
          if (logged && !logged.enabled) return;
        }
      }),
    );
  } catch {
    // The database went away mid-delivery (or the caller may not record deliveries): the events stay in the graph, and the status endpoint and gauges still tell.
  }
}
