import type DataLoader from 'dataloader';
import type { Database } from '../db/database.ts';
import { regionLoader, type RegionRecord } from '../modules/region/region-store.ts';

/** What every resolver of one request shares: the database and that request's loaders. */
export interface Context {
  db: Database;
  regions: DataLoader<string, RegionRecord | null>;
}

export function createContext(db: Database): Context {
  return { db, regions: regionLoader(db) };
}
