import { logger } from '../../logger.js';

/** A request the API refused with an expected error: logged, kept in memory, never written to the graph. */
export interface Rejection {
  /** Position in this process's log, from 1: the cursor for paging. */
  n: number;
  at: string;
  requestId: string;
  actor: string | null;
  operation: string | null;
  field: string | null;
  code: string;
  reason: string;
  /** Every expected error of the request (the first is repeated above), at most MAX_ERRORS. */
  errors: Array<{ field: string | null; code: string; reason: string }>;
}

/** How many rejected requests a process keeps in memory. */
export const REJECTIONS_KEPT = 1000;
const MAX_ERRORS = 10;
const MAX_REASON = 1000;

/**
 * The last `capacity` rejected requests of this process. It is per process and lost on restart: the
 * JSON log line written for each rejection is the durable record.
 */
export class RejectionLog {
  private readonly ring: Rejection[] = [];
  private count = 0;

  constructor(readonly capacity = REJECTIONS_KEPT) {}

  record(entry: Omit<Rejection, 'n' | 'errors' | 'field' | 'code' | 'reason'> & { errors: Rejection['errors'] }): Rejection {
    const errors = entry.errors.slice(0, MAX_ERRORS).map((e) => ({ ...e, reason: e.reason.slice(0, MAX_REASON) }));
    const rejection: Rejection = { ...entry, n: ++this.count, ...errors[0], errors };
    this.ring.push(rejection);
    if (this.ring.length > this.capacity) this.ring.shift();
    logger.warn('request rejected', { ...rejection, errorCount: entry.errors.length });
    return rejection;
  }

  /** Newest first, optionally only before position `before`, filtered by code and actor. */
  list(opts: { first: number; before?: number | null; code?: string | null; actor?: string | null }): {
    items: Rejection[];
    hasNextPage: boolean;
  } {
    const matches: Rejection[] = [];
    for (let i = this.ring.length - 1; i >= 0 && matches.length <= opts.first; i--) {
      const r = this.ring[i];
      if (opts.before != null && r.n >= opts.before) continue;
      if (opts.code && r.code !== opts.code) continue;
      if (opts.actor && r.actor !== opts.actor) continue;
      matches.push(r);
    }
    return { items: matches.slice(0, opts.first), hasNextPage: matches.length > opts.first };
  }
}

/** The process's one rejection log, shared by the yoga plugin that fills it and the query that reads it. */
export const rejections = new RejectionLog();
