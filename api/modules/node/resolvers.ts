import type { Resolvers, ResolversInterfaceTypes } from '../../generated/resolvers-types.ts';
import type { Context } from '../../graphql/context.ts';
import { parseGlobalId } from './global-id.ts';

type NodeRecord = ResolversInterfaceTypes<Record<string, unknown>>['Node'];
type Tagged = NodeRecord & { __typename: 'Region' };

/** How each type that implements Node is fetched by the key in its global id. */
const fetchers: Record<string, (key: string, context: Context) => Promise<NodeRecord | null>> = {
  Region: (code, { regions }) => regions.load(code),
};

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_, { id }, context) => {
      const { type, key } = parseGlobalId(id);
      const found = await fetchers[type]?.(key, context);
      // The record does not say its type; the tag tells Node.__resolveType.
      return found ? { ...found, __typename: type } : null;
    },
  },
  Node: {
    __resolveType: (node) => (node as Tagged).__typename,
  },
};
