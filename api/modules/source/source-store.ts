import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';

const findSourcesById = cypher('source/find-sources-by-id');

export interface SourceRecord {
  key: string;
  title: string;
  subtitle: string | null;
  publisher: string | null;
  publishedOn: string | null;
  file: string;
  script: 'simplified' | 'traditional';
  statementCount: number;
}

export const sourceLoader = (db: Database) => loaderByKey<SourceRecord>(db, findSourcesById, { column: 'source' });
