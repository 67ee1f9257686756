import type { Resolvers } from '../../generated/resolvers-types.ts';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { viewer }) => ({ role: viewer.editor ? 'editor' : 'reader', editorsEnabled: viewer.editorsEnabled }),
  },
};
