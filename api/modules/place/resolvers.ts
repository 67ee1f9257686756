import type { Resolvers } from '../../generated/resolvers-types.ts';
import { placeType } from './place-scope.ts';

export const placeResolvers: Resolvers = {
  Place: {
    __resolveType: placeType,
  },
  Locality: {
    __resolveType: placeType,
  },
};
