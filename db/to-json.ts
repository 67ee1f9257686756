import neo4j from 'neo4j-driver';

/**
 * Turns a value read from Neo4j into plain JSON: integers become numbers (or strings when
 * they exceed 2^53, rather than silently losing digits), temporal values their ISO strings,
 * nodes and relationships their properties. The one place Neo4j's types are converted.
 */
export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and floats, and lists of them: they pass as they are, before the
  // dozen type checks below (which showed in the profile of a request reading long lists).
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toJson(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((segment) => toJson(segment.relationship));
  if (neo4j.isPoint(value)) return { srid: toJson(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJson(inner)]));
  }
  return value;
}
