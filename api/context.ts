import type { Database } from '../db/database.ts';
import type { EditorAccess } from '../core/config.ts';
import type { Viewer } from './access/viewer.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/**
 * What every resolver of one request shares: the database, that request's loaders, who is asking
 * and where editors' uploads are. Resolvers hand query modules the parts they use (`db`, or the
 * loaders), never the context itself.
 */
export interface Context extends Loaders {
  db: Database;
  viewer: Viewer;
  uploadsDir: string;
}

export function createContext(db: Database, viewer: Viewer, access: EditorAccess): Context {
  return { db, viewer, uploadsDir: access.uploadsDir, ...createLoaders(db) };
}
