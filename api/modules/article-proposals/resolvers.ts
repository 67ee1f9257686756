import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { articleProposals } from './article-proposals.ts';

export const articleProposalsResolvers: Resolvers = {
  Query: {
    articleProposals: (_, { input, language }, { db, viewer }) => {
      requireEditor(viewer);
      return articleProposals(db, input, language);
    },
  },
  ArticleProposal: {
    fields: (proposal) => proposal.shown,
    sentence: (proposal) => proposal.sentenceIndex,
  },
};
