import { outsideRequest } from '../../../db/read-budget.ts';
import { undoArticle } from '../../../ingest/review/undo-article.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { langOf } from '../import-file/import-file.ts';
import { reviewing } from '../ingested-articles/review-refused.ts';
import { keyOf } from '../node/global-id.ts';

export const undoArticleResolvers: Resolvers = {
  Mutation: {
    undoArticle: (_, { id, language }, { db, viewer }) => {
      requireEditor(viewer);
      return reviewing(langOf(language), () => outsideRequest(() => undoArticle(db, id.startsWith('article-') ? id : keyOf('Source', id))));
    },
  },
};
