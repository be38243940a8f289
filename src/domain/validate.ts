import { z } from 'zod';
import { DomainError } from './errors.js';
import { KEY_PATTERN, parseId } from './ids.js';
import type { NodeType } from './kinds.js';

/** Parses input against a schema; the first problem becomes a VALIDATION error naming the field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message }));
  const first = issues[0];
  throw new DomainError('VALIDATION', `${first.field}: ${first.message}`, { issues });
}

export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
export const name = text(200).min(1, 'must not be empty');
export const description = text(4000).optional();
export const key = z
  .string()
  .max(80, 'must be at most 80 characters')
  .regex(KEY_PATTERN, 'use a-z, 0-9, ".", "_" or "-", starting with a letter or digit');
export const sha256Hex = z.string().regex(/^(sha256:)?[a-f0-9]{64}$/, 'must be a sha256 hex digest');

/** An id of one of the given node types. */
export const idOf = (...types: NodeType[]) =>
  z
    .string()
    .max(200, 'must be at most 200 characters')
    .refine(
      (v) => {
        const p = parseId(v);
        return p !== null && (types.length === 0 || types.includes(p.type));
      },
      { message: `must be the id of a ${types.join(' or ')}` },
    );

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real ISO-8601 instant with a zone; rejects calendar overflow such as February 30th. */
export function isIsoInstant(v: string): boolean {
  const m = ISO_INSTANT.exec(v);
  if (!m || Number.isNaN(Date.parse(v))) return false;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60;
}

/** An ISO-8601 timestamp with a zone, returned as a Date. */
export const timestamp = z
  .string()
  .max(40)
  .refine(isIsoInstant, { message: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-23T10:00:00Z' })
  .transform((v) => new Date(v));

export const jsonText = text(20_000).refine((v) => {
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
}, 'must be valid JSON');
