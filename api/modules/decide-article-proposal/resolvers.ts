import { outsideRequest } from '../../../db/read-budget.ts';
import { decideArticleProposal } from '../../../ingest/review/decide-article-proposal.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { langOf } from '../import-file/import-file.ts';
import { reviewing } from '../ingested-articles/review-refused.ts';

export const decideArticleProposalResolvers: Resolvers = {
  Mutation: {
    decideArticleProposal: (_, { input, language }, { db, viewer }) => {
      requireEditor(viewer);
      return reviewing(langOf(language), () =>
        outsideRequest(() => decideArticleProposal(db, { id: input.id, decision: input.decision, fields: input.fields, by: viewer.name })),
      );
    },
  },
};
