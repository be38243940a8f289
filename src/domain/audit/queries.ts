import type { Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { At, AtOrNull, InOneMap } from '../query-types.js';
import type { AuditEvent } from './event.js';

/** The hash-chained audit trail. */
export const auditQueries = {
  head: defineQuery<{ genesis: string }, { seq: number; hash: string }>('audit-head'),
  /**
   * Locks the head and appends the next event: the caller's fields, and the event's canonical JSON around
   * prevHash and seq. In one map (InOneMap): the targets and the JSON range from a few ids to a batch's
   * hundreds, and this statement runs holding the chain's lock that every writer waits for.
   */
  append: defineQuery<
    InOneMap<
      'event',
      Omit<AuditEvent, 'seq' | 'at' | 'prevHash' | 'hash'> & { at: At; genesis: string; before: string; between: string; after: string }
    >,
    { seq: number; hash: string }
  >('audit-append'),
  events: defineQuery<
    {
      target: string | null;
      actor: string | null;
      action: string | null;
      from: AtOrNull;
      to: AtOrNull;
      before: Integer | null;
      limit: Integer;
    },
    { e: AuditEvent }
  >('audit-events'),
  range: defineQuery<{ after: Integer; upTo: Integer; limit: Integer }, { e: AuditEvent }>('audit-range'),
};
