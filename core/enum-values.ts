import { ENTITY_LABELS, type EntityLabel } from './labels.ts';

/**
 * What each GraphQL enum value is inside the app and the database (`PROVINCE` is stored as
 * 'province'). One table for both sides: codegen types resolvers with it, and the schema
 * maps values with it (graphql-tools takes such maps as enum resolvers).
 */
export const enumValues = {
  RegionLevel: { PROVINCE: 'province', CITY: 'city', COUNTY: 'county' },
  Script: { SIMPLIFIED: 'simplified', TRADITIONAL: 'traditional' },
  // An article's Source has no `kind` (read as 'article'); npm run import writes 'import'.
  SourceKind: { ARTICLE: 'article', IMPORT: 'import' },
  ImportFileKind: { FIRMS: 'firms', PROJECTS: 'projects' },
  // How import/columns/map-columns.ts chose a column: by its header, or by hand (an override).
  ColumnChosenBy: { HEADER: 'header', HAND: 'override' },
  ProblemSeverity: { REFUSE: 'refuse', WARN: 'warn' },
  ViewerRole: { READER: 'reader', EDITOR: 'editor' },
  // The review queue (import/review/): what a proposal places, where it stands, what a person decides.
  ProposalKind: { MAKES: 'makes', ADDS: 'adds' },
  ProposalStatus: { PENDING: 'pending', ACCEPTED: 'accepted', REJECTED: 'rejected', MOVED: 'moved' },
  ProposalDecision: { ACCEPT: 'accept', REJECT: 'reject', MOVE: 'move' },
  // What ingest/ proposes from an article (ingest/proposal.ts).
  ArticleFactKind: {
    PLACE: 'place',
    PARK: 'park',
    FIRM: 'firm',
    PROJECT: 'project',
    FOCUS: 'focus',
    FIGURE: 'figure',
    NEW_INDICATOR: 'new-indicator',
  },
  // A kept article's proposals (ingest/review/): where each stands, what a person decides.
  ArticleProposalStatus: { PENDING: 'pending', ACCEPTED: 'accepted', REJECTED: 'rejected' },
  ArticleProposalDecision: { ACCEPT: 'accept', REJECT: 'reject' },
  // The closed set import/check/statuses.ts writes (注销/吊销/撤销 are 'deregistered').
  RegistryStatus: {
    ACTIVE: 'active',
    MOVED_OUT: 'moved_out',
    LIQUIDATING: 'liquidating',
    SUSPENDED: 'suspended',
    DEREGISTERED: 'deregistered',
  },
  ParkLevel: { NATIONAL: 'national', PROVINCIAL: 'provincial', OTHER: 'other' },
  Stage: { UPSTREAM: 'upstream', MIDSTREAM: 'midstream', DOWNSTREAM: 'downstream' },
  FocusRole: { LEADING: 'leading', PILLAR: 'pillar', KEY: 'key', EMERGING: 'emerging', CLUSTER: 'cluster' },
  ProjectStatus: {
    NEGOTIATING: 'negotiating',
    SIGNED: 'signed',
    UNDER_CONSTRUCTION: 'under_construction',
    IN_PRODUCTION: 'in_production',
    COMPLETED: 'completed',
  },
  // The entity labels themselves: `REGION` is the label `Region`.
  EntityType: Object.fromEntries(ENTITY_LABELS.map((label) => [label.toUpperCase(), label])) as { [L in EntityLabel as Uppercase<L>]: L },
} as const;
