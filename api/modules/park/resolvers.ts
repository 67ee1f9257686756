import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll, placeType } from '../place.ts';
import { provenanceFields } from '../provenance-resolvers.ts';

export const parkResolvers: Resolvers = {
  Query: {
    park: (_, { id }, { parks }) => parks.load(keyOf('Park', id)),
  },
  Park: {
    id: (park) => globalId('Park', park.key),
    aliases: (park) => park.aliases ?? [],
    region: (park, _, { regions }) => (park.regionCode ? regions.load(park.regionCode) : null),
    firms: (park, _, { firms }) => loadAll(firms, park.firmIds),
    projects: (park, _, { projects }) => loadAll(projects, park.projectIds),
    focuses: (park) => park.focuses,
    observations: (park) => park.observations,
    ...provenanceFields,
  },
  Place: {
    __resolveType: placeType,
  },
};
