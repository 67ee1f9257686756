/**
 * What an import will do to one entity, worked out against the graph before anything is written:
 * the counts of the preview (new / changed / unchanged), the statement's rows, and what its undo
 * needs (the values and relationships it replaces).
 */
export type Op = 'new' | 'changed' | 'unchanged';

/** A property value as JSON: dates as 'YYYY-MM-DD' (converted to Neo4j dates when written). */
export type JsonValue = string | number | boolean | null | JsonValue[];
export type Props = Record<string, JsonValue>;

/** A relationship an entity had before the import replaced it: restored by the undo. */
export interface PreviousRel {
  type: 'LOCATED_IN' | 'IN' | 'BY';
  label: 'Park' | 'Region' | 'Firm';
  key: string;
  props: Record<string, unknown>;
}

export interface EntityPlan {
  op: Op;
  /** The node's id: the existing one's, or the one the import gives it. */
  id: string;
  row: number;
  /** The properties to write: all of them for a new entity, only those that change for a changed one. */
  props: Props;
  /** Before a change: each changed property's value (null where it was absent). */
  previous: Props | null;
  /** The relationship types the import replaces on an existing entity, and what they were. */
  relTypes: PreviousRel['type'][];
  previousRels: PreviousRel[];
}

/** Dates kept as Neo4j dates (the seed's signedOn, a firm's founding, a roster's date). */
export const DATE_PROPS = new Set(['foundedOn', 'signedOn', 'asOf']);

/** Properties that say where a fact came from or which import wrote it: written, never compared. */
export const BOOKKEEPING = new Set(['sources', 'evidence', 'importId', 'importRow', 'searchText', 'aliases', 'source']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The compared properties whose values differ from the graph's, and their values before. */
export function diffProps(current: Record<string, unknown>, wanted: Props): { changed: Props; previous: Props } {
  const changed: Props = {};
  const previous: Props = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (BOOKKEEPING.has(key) || same(current[key], value)) continue;
    changed[key] = value;
    previous[key] = (current[key] ?? null) as JsonValue;
  }
  return { changed, previous };
}

/** The previous values of bookkeeping properties the write will overwrite too. */
export function previousOf(current: Record<string, unknown>, keys: string[]): Props {
  return Object.fromEntries(keys.map((key) => [key, (current[key] ?? null) as JsonValue]));
}
