import type { Resolvers } from '../../generated/resolvers-types.ts';
import { InputError } from '../../graphql/input-error.ts';
import { loadNode } from '../node/resolvers.ts';
import { ENTITY_LABELS, searchEntitiesByName } from './search-store.ts';

const MAX_HITS = 50;

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, types, first }, { db }) => {
      if (!text.trim()) throw new InputError('BAD_SEARCH', 'text must not be empty: type part of a name, e.g. 新干 or 锂电池.');
      const limit = first ?? 10;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HITS) {
        throw new InputError('BAD_PAGE_SIZE', `first must be between 1 and ${MAX_HITS}, not ${limit}.`);
      }
      return searchEntitiesByName(db, text, types?.length ? types : ENTITY_LABELS, limit);
    },
  },
  SearchHit: {
    node: async (hit, _, context) => (await loadNode(hit.type, hit.key, context))!,
  },
};
