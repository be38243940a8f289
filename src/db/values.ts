import neo4j, { isInt, isDate, isDateTime, isNode, isRelationship, type Integer } from 'neo4j-driver';

/**
 * Converts driver values to plain JS at the boundary: safe integers to number, larger ones to string,
 * temporal values to ISO strings. Large answers pass through here value by value, so the common
 * cases (scalars, lists, the driver's plain-object maps) are tested first and copied without
 * intermediate arrays; queries that return large lists format their times in Cypher, so no temporal
 * value needs decoding there.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) {
    const i = value as Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (isDateTime(value)) return isoFromDateTime(value as neo4j.DateTime);
  if (isDate(value)) return String(value);
  if (isNode(value)) return plainMap((value as neo4j.Node).properties as Record<string, unknown>);
  if (isRelationship(value)) return plainMap((value as neo4j.Relationship).properties as Record<string, unknown>);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(map)) out[k] = toPlain(map[k]);
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
