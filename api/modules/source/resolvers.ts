import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_, { id }, { sources }) => sources.load(keyOf('Source', id)),
  },
  Source: {
    id: (source) => globalId('Source', source.key),
  },
};
