import type { Database } from '../../db/database.ts';
import { probe } from './probe.ts';

/**
 * How many nodes of each label and relationships of each type the database holds, by name: what
 * an undo must give back exactly, compared before and after.
 */
export function census(db: Database) {
  return probe(
    db,
    `CALL () { MATCH (n) UNWIND labels(n) AS k RETURN k, count(*) AS n
               UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n }
     RETURN k, sum(n) AS n ORDER BY k`,
  );
}
