import { createHash } from 'node:crypto';
import { z } from 'zod';
import { dateTimeParam } from '../../../db/values.js';
import type { DomainContext } from '../../context.js';
import { requireNodes } from '../../graph-writes.js';
import { keyOf } from '../../ids.js';
import { authorize } from '../../permissions/permissions.js';
import { idOf, parse } from '../../validate.js';
import { command } from '../../write-path.js';
import { monitorQueries } from '../queries.js';

export const setMonitorWebhookInput = z.object({
  system: idOf('System'),
  url: z
    .string()
    .max(2000)
    .url()
    // zod runs this refinement even after .url() failed, so an unparsable text must not throw here.
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be an http(s) URL'),
  secret: z.string().min(16, 'use at least 16 characters').max(200),
  enabled: z.boolean().default(true),
});

/** A webhook endpoint as the API shows it: never its secret. */
export interface WebhookEndpointView {
  id: string;
  system: string;
  url: string;
  enabled: boolean;
  consecutiveFailures: number;
  disabledAt: string | null;
  deliveries: DeliveryRecord[];
}

/** One delivery in an endpoint's bounded log. */
export interface DeliveryRecord {
  at: string;
  event: string;
  delivery: string;
  attempts: number;
  status: number | null;
  ok: boolean;
  error: string | null;
}

/** One endpoint per system and URL: setting it again replaces its secret and re-enables it. */
const endpointId = (system: string, url: string) => `${keyOf(system)}/${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

/**
 * Sets a webhook endpoint monitor events of a system are delivered to (ADMIN). The secret is stored to
 * sign deliveries and never returned; the audit event records a fingerprint of it, not the secret.
 */
export async function setMonitorWebhook(ctx: DomainContext, input: unknown): Promise<WebhookEndpointView> {
  const cmd = command(ctx, 'webhook.configure');
  const data = parse(setMonitorWebhookInput, input);
  const audited = {
    system: data.system,
    url: data.url,
    enabled: data.enabled,
    secretFingerprint: createHash('sha256').update(data.secret).digest('hex').slice(0, 12),
  };
  return cmd.write(audited, async (tx, now) => {
    await requireNodes(tx, [{ field: 'system', id: data.system, types: ['System'] }]);
    const row = await tx.one(monitorQueries.webhookSet, {
      id: endpointId(data.system, data.url),
      system: data.system,
      url: data.url,
      secret: data.secret,
      enabled: data.enabled,
      at: dateTimeParam(now),
      actor: ctx.principal.id,
    });
    return { result: { ...row!, consecutiveFailures: 0, disabledAt: null, deliveries: [] }, targets: [data.system] };
  });
}

/** A system's webhook endpoints with their delivery logs (ADMIN), newest delivery first. */
export async function monitorWebhooks(ctx: DomainContext, system: string): Promise<WebhookEndpointView[]> {
  authorize(ctx.principal, 'webhook.configure');
  const data = parse(z.object({ system: idOf('System') }), { system });
  const rows = await ctx.db.readQuery(monitorQueries.webhookList, data);
  return rows.map((r) => ({
    id: r.id,
    system: data.system,
    url: r.url,
    enabled: r.enabled,
    consecutiveFailures: r.consecutiveFailures ?? 0,
    disabledAt: r.disabledAt,
    deliveries: (r.deliveries ?? []).map((d) => JSON.parse(d) as DeliveryRecord),
  }));
}
