import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { InputError, requireWholeNumber } from '../../../core/input-error.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../../core/labels.ts';
import { searchQuery } from './lucene-query.ts';

const searchEntitiesQuery = cypher('search/search-entities');
const MAX_HITS = 50;
/**
 * Longer than any name or alias in the graph (the longest are project names, under 80), and short
 * of where Lucene gives up: a prefix query of 1,001 letters is an "automaton too large".
 */
export const MAX_SEARCH_LENGTH = 100;

export interface SearchHitRecord {
  type: EntityLabel;
  key: string;
  name: string;
  score: number;
}

/** The entities whose names (Simplified, Traditional, pinyin or initials) match what a user typed, best first. */
export async function searchEntities(
  db: Database,
  text: string,
  types: readonly EntityLabel[] | null | undefined,
  first: number | null | undefined,
): Promise<SearchHitRecord[]> {
  if (!text.trim()) throw new InputError('BAD_SEARCH', 'text must not be empty: type part of a name, e.g. 新干 or 锂电池.');
  const length = [...text.trim()].length;
  if (length > MAX_SEARCH_LENGTH) {
    throw new InputError('BAD_SEARCH', `text is ${length} characters long; search takes at most ${MAX_SEARCH_LENGTH}: type part of a name, e.g. 新干 or 锂电池.`);
  }
  const limit = requireWholeNumber('first', first ?? 10, 1, MAX_HITS, 'BAD_PAGE_SIZE');
  const { lucene, exact } = searchQuery(text);
  const rows = await db.read<{ hit: SearchHitRecord }>(searchEntitiesQuery, { query: lucene, exact, types: types?.length ? types : ENTITY_LABELS, limit });
  return rows.map((row) => row.hit);
}
