import neo4j, { isInt, isDate, isDateTime, isNode, isRelationship, type Integer } from 'neo4j-driver';

/** Converts driver values to plain JS at the boundary: safe integers to number, larger ones to string, temporal values to ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value as object)) {
    const i = value as Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof value !== 'object') return value;
  if (isDateTime(value as object)) return isoFromDateTime(value as neo4j.DateTime);
  if (isDate(value as object)) return String(value);
  if (isNode(value as object)) return toPlain((value as neo4j.Node).properties);
  if (isRelationship(value as object)) return toPlain((value as neo4j.Relationship).properties);
  if (Array.isArray(value)) return value.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

function isoFromDateTime(dt: neo4j.DateTime): string {
  const ms = Math.floor(Number(dt.nanosecond) / 1_000_000);
  const d = new Date(
    Date.UTC(Number(dt.year), Number(dt.month) - 1, Number(dt.day), Number(dt.hour), Number(dt.minute), Number(dt.second), ms),
  );
  const offsetSeconds = dt.timeZoneOffsetSeconds == null ? 0 : Number(dt.timeZoneOffsetSeconds);
  return new Date(d.getTime() - offsetSeconds * 1000).toISOString();
}

/** A JS Date as a Neo4j DateTime parameter (UTC). */
export function dateTimeParam(date: Date): neo4j.DateTime<number> {
  return neo4j.types.DateTime.fromStandardDate(date) as neo4j.DateTime<number>;
}

/** Integers that Cypher must see as integers (LIMIT, SKIP, counters): the driver sends plain numbers as floats. */
export function intParam(n: number): Integer {
  return neo4j.int(n);
}
