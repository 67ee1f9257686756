/**
 * A project in the pipeline is not yet producing: negotiating, signed or under construction,
 * or of a status the sources do not give. Gap analysis offers these as what would fill a gap.
 */
const PIPELINE = new Set<string | null>([null, 'negotiating', 'signed', 'under_construction']);

export const isPipeline = (status: string | null) => PIPELINE.has(status);
