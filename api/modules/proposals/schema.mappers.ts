// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): the review queue's items as import/review/ reads them.
export type { ProposalItem as ProposalMapper } from '../../../import/review/find-proposals.ts';
export type { ProposalPage as ProposalConnectionMapper } from './proposal-page.ts';
