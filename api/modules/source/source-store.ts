import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';

const findSourcesById = cypher('source/find-sources-by-id');

export interface SourceRecord {
  key: string;
  kind: 'article' | 'import';
  title: string;
  subtitle: string | null;
  publisher: string | null;
  publishedOn: string | null;
  file: string;
  script: 'simplified' | 'traditional';
  statementCount: number;
  /** The import fields (cypher/import/create-import-source.cypher): null for an article. */
  sha256: string | null;
  fileKind: 'firms' | 'projects' | null;
  /** Milliseconds since 1970 (the resolver answers it as an ISO 8601 date-time in UTC). */
  importedAt: number | null;
  importedBy: string | null;
  rowCount: number | null;
  newCount: number | null;
  changedCount: number | null;
  unchangedCount: number | null;
  refusedCount: number | null;
}

export const sourceLoader = (db: Database) => loaderByKey<SourceRecord>(db, findSourcesById, { column: 'source' });
