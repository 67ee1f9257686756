import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll, placeType } from '../place.ts';
import { provenanceFields } from '../provenance-resolvers.ts';
import { PARK_LIST_MAX } from './park-store.ts';

/** How many of a park's firms or projects to list: `first` is checked before anything is read. */
const listSize = (first: number | null | undefined) => pageSize(first, 50, PARK_LIST_MAX);

export const parkResolvers: Resolvers = {
  Query: {
    park: (_, { id }, { parks }) => parks.load(keyOf('Park', id)),
  },
  Park: {
    id: (park) => globalId('Park', park.key),
    aliases: (park) => park.aliases ?? [],
    region: (park, _, { regions }) => (park.regionCode ? regions.load(park.regionCode) : null),
    firms: async (park, { first }, { parkContents, firms }) => {
      const size = listSize(first);
      return loadAll(firms, (await parkContents.load(park.key))?.firmIds.slice(0, size));
    },
    firmCount: async (park, _, { parkContents }) => (await parkContents.load(park.key))?.firmCount ?? 0,
    projects: async (park, { first }, { parkContents, projects }) => {
      const size = listSize(first);
      return loadAll(projects, (await parkContents.load(park.key))?.projectIds.slice(0, size));
    },
    projectCount: async (park, _, { parkContents }) => (await parkContents.load(park.key))?.projectCount ?? 0,
    focuses: async (park, _, { parkContents }) => (await parkContents.load(park.key))?.focuses ?? [],
    observations: async (park, _, { parkContents }) => (await parkContents.load(park.key))?.observations ?? [],
    ...provenanceFields,
  },
  Place: {
    __resolveType: placeType,
  },
};
