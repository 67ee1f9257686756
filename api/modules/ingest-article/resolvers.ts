import { outsideRequest } from '../../../db/read-budget.ts';
import { ingestedArticles } from '../../../ingest/review/ingested-articles.ts';
import { keepArticle } from '../../../ingest/review/keep-article.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { articleProposals } from '../article-proposals/article-proposals.ts';

export const ingestArticleResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_, { input, language }, { db, uploadsDir, viewer }) => {
      requireEditor(viewer);
      const read = await articleProposals(db, uploadsDir, input, language);
      const kept = await outsideRequest(() => keepArticle(db, read, { text: read.text, file: read.file, by: viewer.name }));
      const [article] = await ingestedArticles(db, kept.id);
      return article!;
    },
  },
};
