import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { describeReasons } from '../../../ingest/reasons.ts';
import { langOf } from '../import-file/import-file.ts';
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
    why: (proposal, { language }) => describeReasons(proposal.why, langOf(language)),
  },
};
