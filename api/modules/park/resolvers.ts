import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll, placeType } from '../place.ts';
import { provenanceFields } from '../provenance-resolvers.ts';
import { PARK_LIST_MAX } from './park-store.ts';

export const parkResolvers: Resolvers = {
  Query: {
    park: (_, { id }, { parks }) => parks.load(keyOf('Park', id)),
  },
  Park: {
    id: (park) => globalId('Park', park.key),
    aliases: (park) => park.aliases ?? [],
    region: (park, _, { regions }) => (park.regionCode ? regions.load(park.regionCode) : null),
    firms: (park, { first }, { firms }) => loadAll(firms, park.firmIds.slice(0, pageSize(first, 50, PARK_LIST_MAX))),
    projects: (park, { first }, { projects }) => loadAll(projects, park.projectIds.slice(0, pageSize(first, 50, PARK_LIST_MAX))),
    focuses: (park) => park.focuses,
    observations: (park) => park.observations,
    ...provenanceFields,
  },
  Place: {
    __resolveType: placeType,
  },
};
