// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names).
export type { StartingPointsRecord as StartingPointsMapper, ChainWithDataRecord as ChainWithDataMapper } from './starting-points.ts';
