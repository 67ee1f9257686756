// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): the SDL says what a type answers, the record what it is made from.
export type { ChainCoverageRecord as ChainMapMapper, SegmentCoverageRecord as SegmentCoverageMapper, SegmentLinkRecord as SegmentLinkMapper, RosterRecord as RosterMapper } from './chain-map.ts';
