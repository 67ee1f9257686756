import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { articleProposals } from './article-proposals.ts';

export const articleProposalsResolvers: Resolvers = {
  Query: {
    articleProposals: (_, { input, language }, { db, uploadsDir, viewer }) => {
      requireEditor(viewer);
      return articleProposals(db, uploadsDir, input, language);
    },
  },
  ArticleProposal: {
    fields: (proposal) => proposal.shown,
    sentence: (proposal) => proposal.sentenceIndex,
  },
};
