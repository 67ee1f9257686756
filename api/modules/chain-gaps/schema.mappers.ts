// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): the SDL says what a type answers, the record what it is made from.
export type { ChainGapsRecord as ChainGapsMapper, ChainGapRecord as ChainGapMapper, GapCandidateRecord as GapCandidateMapper } from './chain-gaps.ts';
export type { CandidatePathElements as CandidatePathMapper } from './candidate-path.ts';
