import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { loadPlace } from '../place/place-scope.ts';
import { provenanceFields } from '../source/provenance-fields.ts';
import { SEGMENT_FIRMS_MAX, SEGMENT_PROJECTS_MAX, listChainIds } from './chain-store.ts';

export const chainResolvers: Resolvers = {
  Query: {
    chain: (_, { id }, { chains }) => chains.load(keyOf('Chain', id)),
    chains: async (_, __, { db, chains }) => loadAll(chains, await listChainIds(db)),
    segment: (_, { id }, { segments }) => segments.load(keyOf('Segment', id)),
  },
  Chain: {
    id: (chain) => globalId('Chain', chain.key),
    segments: (chain, _, { segments }) => loadAll(segments, chain.segmentIds),
    focusedBy: async (chain, _, { chainFocuses }) => (await chainFocuses.load(chain.key))?.focuses ?? [],
  },
  Segment: {
    id: (segment) => globalId('Segment', segment.key),
    chain: async (segment, _, { chains }) => (await chains.load(segment.chainId))!,
    suppliers: (segment, _, { segments }) => loadAll(segments, segment.supplierIds),
    users: (segment, _, { segments }) => loadAll(segments, segment.userIds),
    firms: (segment, { first }, { firms }) => loadAll(firms, segment.firmIds.slice(0, pageSize(first, 20, SEGMENT_FIRMS_MAX))),
    projects: (segment, { first }, { projects }) =>
      loadAll(projects, segment.projectIds.slice(0, pageSize(first, 20, SEGMENT_PROJECTS_MAX))),
  },
  ChainFocus: {
    place: async (focus, _, context) => (await loadPlace(focus, context))!,
    chain: async (focus, _, { chains }) => (await chains.load(focus.chainId))!,
    ...provenanceFields,
  },
};
