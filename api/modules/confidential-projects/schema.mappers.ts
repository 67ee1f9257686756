// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names).
export type { ConfidentialProjectRecord as ConfidentialProjectMapper, ConfidentialProjectList as ConfidentialProjectListMapper } from './confidential-projects.ts';
