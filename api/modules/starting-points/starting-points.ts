import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';

const startingPointsQuery = cypher('starting-points/starting-points');

/** A row of starting-points/starting-points: a place by its key, one of the two set. */
export interface PlaceRef {
  regionCode: string | null;
  parkId: string | null;
}

export interface ChainWithDataRecord {
  chainId: string;
  placeCount: number;
  firmCount: number;
  projectCount: number;
}

/** What `StartingPoints` answers: keys, which its fields load. */
export interface StartingPointsRecord {
  places: PlaceRef[];
  chains: ChainWithDataRecord[];
  sources: string[];
}

/** The places, chains and articles the graph holds data about (cypher/starting-points/starting-points.cypher). */
export async function startingPoints(db: Database): Promise<StartingPointsRecord> {
  const [row] = await db.read<StartingPointsRecord>(startingPointsQuery, {});
  return row ?? { places: [], chains: [], sources: [] };
}
