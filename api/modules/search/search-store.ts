import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { searchQuery } from './lucene-query.ts';

const searchEntities = cypher('search/search-entities');

export const ENTITY_LABELS = ['Region', 'Park', 'Firm', 'Chain', 'Segment', 'Project'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export interface SearchHitRecord {
  type: EntityLabel;
  key: string;
  name: string;
  score: number;
}

export async function searchEntitiesByName(db: Database, text: string, types: readonly EntityLabel[], limit: number): Promise<SearchHitRecord[]> {
  const { lucene, exact } = searchQuery(text);
  const rows = await db.read<{ hit: SearchHitRecord }>(searchEntities, { query: lucene, exact, types, limit });
  return rows.map((row) => row.hit);
}
