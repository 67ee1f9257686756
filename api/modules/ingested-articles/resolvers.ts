import { describeReasons } from '../../../ingest/reasons.ts';
import { editableFields } from '../../../ingest/review/accepted-fields.ts';
import { ingestedArticles } from '../../../ingest/review/ingested-articles.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { langOf } from '../import-file/import-file.ts';
import { keyOf } from '../node/global-id.ts';

export const ingestedArticlesResolvers: Resolvers = {
  Query: {
    ingestedArticles: (_, __, { db, viewer }) => {
      requireEditor(viewer);
      return ingestedArticles(db);
    },
    ingestedArticle: async (_, { id }, { db, viewer }) => {
      requireEditor(viewer);
      const [article] = await ingestedArticles(db, id.startsWith('article-') ? id : keyOf('Source', id));
      return article ?? null;
    },
  },
  IngestedArticle: {
    source: async (article, _, { sources }) => (await sources.load(article.source))!,
    pendingCount: (article) => article.proposals.filter((p) => p.status === 'pending').length,
  },
  ArticleReviewItem: {
    fields: (item) => item.shown,
    editable: (item) => editableFields(item.kind),
    sentence: (item) => item.sentenceIndex,
    why: (item, { language }) => describeReasons(item.why, langOf(language)),
  },
};
