import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';
import type { PlaceContents, PlaceFacts } from '../place/place-contents.ts';
import type { ProvenanceRecord } from '../source/provenance.ts';

const findParksById = cypher('park/find-parks-by-id');
const findParkContents = cypher('park/find-park-contents');
const findParkFacts = cypher('park/find-park-facts');

/** What a park is and where it lies: what a firm's or project's place, or a search hit, shows. */
export interface ParkRecord extends ProvenanceRecord {
  key: string;
  name: string;
  aliases: string[] | null;
  level: 'national' | 'provincial' | 'other' | null;
  note: string | null;
  regionCode: string | null;
}

/**
 * What lies in a park (the first PARK_LIST_MAX firms and projects by id), read apart from the
 * park itself: a park of a national graph holds hundreds of firms, and most requests that name
 * a park (a firm's place) show none of them.
 */
export interface ParkContents extends PlaceContents {
  key: string;
}

/** A park's own focuses and figures. */
export interface ParkFacts extends PlaceFacts {
  key: string;
}

/** How many of a park's firms or projects `Park.firms` and `Park.projects` can list: what park/find-park-contents returns. */
export const PARK_LIST_MAX = 500;

export const parkLoader = (db: Database) => loaderByKey<ParkRecord>(db, findParksById, { column: 'park' });
export const parkContentsLoader = (db: Database) => loaderByKey<ParkContents>(db, findParkContents, { column: 'contents' });
export const parkFactsLoader = (db: Database) => loaderByKey<ParkFacts>(db, findParkFacts, { column: 'facts' });
