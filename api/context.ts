import type { Database } from '../db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/**
 * What every resolver of one request shares: the database and that request's loaders. Resolvers
 * hand query modules the parts they use (`db`, or the loaders), never the context itself.
 */
export interface Context extends Loaders {
  db: Database;
}

export function createContext(db: Database): Context {
  return { db, ...createLoaders(db) };
}
