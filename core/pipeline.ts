/**
 * A project in the pipeline is not yet producing: negotiating, signed or under construction,
 * or of a status the sources do not give. Gap analysis offers these as what would fill a gap,
 * and a segment that only these add is COMING (core/coverage.ts).
 */
const PIPELINE = new Set<string | null>([null, 'negotiating', 'signed', 'under_construction']);

export const isPipeline = (status: string | null) => PIPELINE.has(status);

/** A producing project (投产, 竣工) is evidence that what it adds is made in its place. */
const PRODUCING = new Set<string | null>(['in_production', 'completed']);

export const isProducing = (status: string | null) => PRODUCING.has(status);
