import neo4j from 'neo4j-driver';

/**
 * Prepares parameters for Neo4j: JavaScript has one number type and the driver sends every
 * number as a float, but LIMIT, SKIP and list slices need integers. Whole numbers therefore
 * go as integers; Cypher compares integers and floats by value, so nothing else changes.
 */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4j(inner)]));
  }
  return value;
}

/** A 'YYYY-MM-DD' string as a Neo4j date, for a property written from a map (`SET n += $props`), where Cypher's date() cannot reach. */
export function neo4jDate(iso: string): unknown {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
