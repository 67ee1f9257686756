import type { Database } from '../db/database.ts';
import { chainFocusesLoader, chainLoader, firmSegmentsLoader, segmentLoader } from './modules/chain/chain-store.ts';
import { firmLoader } from './modules/firm/firm-store.ts';
import { indicatorLoader } from './modules/observation/indicator-store.ts';
import { parkContentsLoader, parkFactsLoader, parkLoader } from './modules/park/park-store.ts';
import { projectLoader } from './modules/project/project-store.ts';
import { regionContentsLoader, regionFactsLoader } from './modules/region/region-contents.ts';
import { regionChildrenLoader, regionLoader } from './modules/region/region-store.ts';
import { sourceLoader } from './modules/source/source-store.ts';

/**
 * One request's loaders, which batch the lookups of one level of a query into one round trip
 * each (no N+1). Some prime others with what their statement returns alongside (a firm comes with
 * its region and park), so they are made together.
 */
export function createLoaders(db: Database) {
  const regions = regionLoader(db);
  const parks = parkLoader(db);
  const chains = chainLoader(db);
  const segments = segmentLoader(db, chains);
  return {
    regions,
    regionChildPages: regionChildrenLoader(db),
    regionContents: regionContentsLoader(db),
    regionFacts: regionFactsLoader(db),
    sources: sourceLoader(db),
    parks,
    parkContents: parkContentsLoader(db),
    parkFacts: parkFactsLoader(db),
    firms: firmLoader(db, { regions, parks }),
    firmSegments: firmSegmentsLoader(db, segments, chains),
    chains,
    chainFocuses: chainFocusesLoader(db),
    segments,
    projects: projectLoader(db),
    indicators: indicatorLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
