import DataLoader from 'dataloader';
import type { NamedQuery } from '../../db/cypher-files.ts';
import type { Database, Params } from '../../db/database.ts';

/**
 * A per-request loader that fetches every key asked for while resolving one level of a query
 * in a single round trip. `query` takes the keys as `$param` and returns one row per key found,
 * with the record in column `column` and its key in the record's `keyField`. `params` are sent
 * with every batch as they are. `onRow` sees every row, e.g. to prime another loader with a
 * record the statement returned alongside.
 */
export function loaderByKey<T extends object>(
  db: Database,
  query: NamedQuery,
  {
    param = 'ids',
    column,
    keyField = 'key',
    params = {},
    onRow,
  }: { param?: string; column: string; keyField?: string; params?: Params; onRow?: (row: Record<string, unknown>) => void },
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await db.read<Record<string, T>>(query, { ...params, [param]: keys });
    if (onRow) rows.forEach(onRow);
    const byKey = new Map(rows.map((row) => [String((row[column] as Record<string, unknown>)[keyField]), row[column]!]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
