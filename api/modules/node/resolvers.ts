import type { Resolvers, ResolversInterfaceTypes } from '../../generated/resolvers-types.ts';
import type { EntityLabel } from '../../../core/labels.ts';
import type { Loaders } from '../../loaders.ts';
import { parseGlobalId } from './global-id.ts';

type NodeRecord = ResolversInterfaceTypes<Record<string, unknown>>['Node'];
/** The types that implement Node: the entities and their sources. */
export type NodeType = EntityLabel | 'Source';

/** How each type that implements Node is fetched by the key in its global id. */
const fetchers: Record<NodeType, (key: string, loaders: Loaders) => Promise<NodeRecord | null>> = {
  Region: (code, { regions }) => regions.load(code),
  Source: (key, { sources }) => sources.load(key),
  Park: (key, { parks }) => parks.load(key),
  Firm: (key, { firms }) => firms.load(key),
  Chain: (key, { chains }) => chains.load(key),
  Segment: (key, { segments }) => segments.load(key),
  Project: (key, { projects }) => projects.load(key),
};

/** The record of any Node, tagged with its type so that Node.__resolveType can tell. */
export async function loadNode(type: string, key: string, loaders: Loaders): Promise<NodeRecord | null> {
  const found = await fetchers[type as NodeType]?.(key, loaders);
  return found ? Object.assign({}, found, { __typename: type }) : null;
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, context) => {
      const { type, key } = parseGlobalId(id);
      return loadNode(type, key, context);
    },
  },
  Node: {
    __resolveType: (node) => (node as unknown as { __typename: NodeType }).__typename,
  },
};
