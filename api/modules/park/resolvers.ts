import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { placeResolvers } from '../place-resolvers.ts';
import { placeType } from '../place.ts';
import { provenanceFields } from '../provenance-resolvers.ts';
import { PARK_LIST_MAX, type ParkRecord } from './park-store.ts';

export const parkResolvers: Resolvers = {
  Query: {
    park: (_, { id }, { parks }) => parks.load(keyOf('Park', id)),
  },
  Park: {
    id: (park) => globalId('Park', park.key),
    aliases: (park) => park.aliases ?? [],
    region: (park, _, { regions }) => (park.regionCode ? regions.load(park.regionCode) : null),
    ...placeResolvers(
      (park: ParkRecord, { parkContents }) => parkContents.load(park.key),
      (park: ParkRecord, { parkFacts }) => parkFacts.load(park.key),
      PARK_LIST_MAX,
    ),
    ...provenanceFields,
  },
  Place: {
    __resolveType: placeType,
  },
};
