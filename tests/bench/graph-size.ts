import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { BenchResult } from './result.ts';

const countGraph = cypher('database/count-graph');

/** How big the benchmarked graph is, counted in the database rather than taken from the load report. */
export async function measureGraph(db: Database): Promise<BenchResult['graph']> {
  const [row] = await db.read<BenchResult['graph']>(countGraph);
  if (!row) throw new Error('database/count-graph returned no row');
  return row;
}
