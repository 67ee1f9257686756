import { proposalCursor } from '../../../import/review/list-proposals.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { keyOf } from '../node/global-id.ts';
import { proposalPage } from './proposal-page.ts';

const PAGE = 50;

export const proposalsResolvers: Resolvers = {
  Query: {
    proposals: (_, { filter, first, after }, { db, viewer }) => {
      requireEditor(viewer);
      return proposalPage(db, {
        status: filter?.status ?? 'pending',
        import: filter?.import ? keyOf('Source', filter.import) : undefined,
        kind: filter?.kind ?? undefined,
        chain: filter?.chain ? keyOf('Chain', filter.chain) : undefined,
        first: pageSize(first, PAGE),
        after,
      });
    },
  },
  ProposalConnection: {
    edges: (page) => page.items.map((node) => ({ node, cursor: proposalCursor(node) })),
    pageInfo: ({ items, hasNextPage }) => ({ hasNextPage, endCursor: items.length > 0 ? proposalCursor(items.at(-1)!) : null }),
    totalCount: (page) => page.total,
  },
  Proposal: {
    name: (item) => item.entity.name,
    source: async (item, _, { sources }) => (await sources.load(item.import))!,
    firm: (item, _, { firms }) => (item.entity.label === 'Firm' ? firms.load(item.entity.id) : null),
    project: (item, _, { projects }) => (item.entity.label === 'Project' ? projects.load(item.entity.id) : null),
    segment: async (item, _, { segments }) => (await segments.load(item.segment.id))!,
    movedTo: (item, _, { segments }) => (item.movedTo ? segments.load(item.movedTo.id) : null),
  },
};
