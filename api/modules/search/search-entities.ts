import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { InputError, requireWholeNumber } from '../../../core/input-error.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../../core/labels.ts';
import { searchQuery } from './lucene-query.ts';

const searchEntitiesQuery = cypher('search/search-entities');
const MAX_HITS = 50;


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
  const limit = requireWholeNumber('first', first ?? 10, 1, MAX_HITS, 'BAD_PAGE_SIZE');
  const { lucene, exact } = searchQuery(text);
  const rows = await db.read<{ hit: SearchHitRecord }>(searchEntitiesQuery, { query: lucene, exact, types: types?.length ? types : ENTITY_LABELS, limit });
  return rows.map((row) => row.hit);
}
