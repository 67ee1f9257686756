import { ImportError } from '../../../import/import-error.ts';
import { outsideRequest } from '../../../db/read-budget.ts';
import { decideProposal } from '../../../import/review/decide-proposal.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { importRefused, langOf } from '../import-file/import-file.ts';
import { keyOf } from '../node/global-id.ts';

export const decideProposalResolvers: Resolvers = {
  Mutation: {
    decideProposal: async (_, { input, language }, { db, viewer }) => {
      requireEditor(viewer);
      try {
        return await outsideRequest(() => decideProposal(db, {
          id: input.id,
          decision: input.decision,
          segment: input.segment ? keyOf('Segment', input.segment) : undefined,
          by: viewer.name,
        }));
      } catch (error) {
        if (error instanceof ImportError) throw importRefused(error, langOf(language));
        throw error;
      }
    },
  },
};
