import type { Integer } from 'neo4j-driver';
import { defineQuery, type Row } from '../../db/named-query.js';
import type { At, AtOrNull } from '../query-types.js';
import type { AuditEvent } from './event.js';

/** The hash-chained audit trail. */
export const auditQueries = {
  head: defineQuery<{ genesis: string }, { seq: number; hash: string }>('audit-head'),
  headLock: defineQuery<{ genesis: string }, { seq: number; hash: string }>('audit-head-lock'),
  /** An event as query.ts reads it back, with its sequence number and time as the database stores them. */
  append: defineQuery<Omit<AuditEvent, 'seq' | 'at'> & { seq: Integer; at: At }, Row>('audit-append'),
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
