import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { localityFields } from '../place/place-fields.ts';
import { provenanceFields } from '../source/provenance-fields.ts';
import { PARK_LIST_MAX, type ParkRecord } from './park-store.ts';

export const parkResolvers: Resolvers = {
  Query: {
    park: (_, { id }, { parks }) => parks.load(keyOf('Park', id)),
  },
  Park: {
    id: (park) => globalId('Park', park.key),
    aliases: (park) => park.aliases ?? [],
    region: (park, _, { regions }) => (park.regionCode ? regions.load(park.regionCode) : null),
    ...localityFields(
      (park: ParkRecord, { parkContents }) => parkContents.load(park.key),
      (park: ParkRecord, { parkFacts }) => parkFacts.load(park.key),
      PARK_LIST_MAX,
    ),
    ...provenanceFields,
  },
};
