import type { Resolvers } from '../../generated/resolvers-types.ts';
import { JSONScalar } from './json-scalar.ts';
import { findNeighborhood } from './neighborhood.ts';
import { findPaths } from './paths.ts';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: (_, { id, depth, limit, types }, { db }) => findNeighborhood(db, { id, depth, limit, types }),
    paths: (_, { fromId, toId, maxHops, first }, { db }) => findPaths(db, { fromId, toId, maxHops, first }),
  },
  JSON: JSONScalar,
};
