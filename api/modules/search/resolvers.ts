import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadNode } from '../node/resolvers.ts';
import { searchEntities } from './search-entities.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, types, first }, { db }) => searchEntities(db, text, types, first),
  },
  SearchHit: {
    node: async (hit, _, context) => (await loadNode(hit.type, hit.key, context))!,
  },
};
