// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): the SDL says what a type answers, the record what it is made from.
export type { ProjectEdgeRecord as ProjectEdgeMapper, ProjectChainGroupRecord as ProjectChainGroupMapper } from './list-projects.ts';
export type { FirmEdgeRecord as FirmEdgeMapper, FirmChainGroupRecord as FirmChainGroupMapper } from './list-firms.ts';
