// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): the SDL says what a type answers, the record what it is made from.
export type { RegionComparisonRecord as RegionComparisonMapper, RegionFacts as PlaceSummaryMapper, ChainComparisonRecord as ChainComparisonMapper, ChainCoverageSummaryRecord as ChainCoverageSummaryMapper, FigureComparisonRecord as FigureComparisonMapper, FigureValueRecord as FigureValueMapper } from './compare-regions.ts';
