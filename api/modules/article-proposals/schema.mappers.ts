// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): an article's proposals as ingest/ makes them.
export type { ArticleProposalsMapper } from './article-proposals.ts';
export type { ShownProposal as ArticleProposalMapper } from '../../../ingest/propose-article.ts';
