// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): a kept article and its proposals as ingest/review/ reads them.
export type { IngestedArticle as IngestedArticleMapper, ArticleReviewItem as ArticleReviewItemMapper } from '../../../ingest/review/ingested-articles.ts';
