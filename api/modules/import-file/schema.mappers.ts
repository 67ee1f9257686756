// The records this module's resolvers receive for its GraphQL types (codegen.ts reads the
// `<Type>Mapper` names): the importer's own outcome, read field by field.
export type { ImportPlacements as ImportPlacementsMapper } from '../../../import/import-file.ts';
export type { Problem as ImportProblemMapper } from '../../../import/check/problem.ts';
export type { RowPlacement as PlacedRowMapper, SegmentProposal as PlacedSegmentMapper } from '../../../import/classify/place-records.ts';
export type { ImportResult as ImportOutcomeMapper, UnplacedRow as UnplacedRowMapper } from './import-file.ts';
