/** The entities a user searches for and opens: the labels `search` and `neighborhood(types)` take. */
export const ENTITY_LABELS = ['Region', 'Park', 'Firm', 'Chain', 'Segment', 'Project'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/**
 * Every node label a global id can name (cypher/README.md describes each), in the order a node's
 * main label is picked: the entities, then what records where facts came from.
 */
export const NODE_LABELS = [...ENTITY_LABELS, 'Source', 'Observation', 'Statement'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
