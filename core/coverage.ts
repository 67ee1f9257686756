import { isPipeline } from './pipeline.ts';
import { statusOfPresence, type PresenceRow } from './presence.ts';

/**
 * What a place has of a chain segment, told from every kind of evidence in one closed set. The
 * first rule that holds gives the status:
 *
 * - PRESENT: at least `thinThreshold` producers in the place (firms there that make it, and the
 *   firms of producing or completed projects there that add it, each counted once);
 * - THIN: some producers, fewer than the threshold;
 * - COMING: no producer, but projects in the place that add it and are not yet producing
 *   (negotiating, signed, under construction, or of a status the sources do not give);
 * - MISSING: nothing, and a roster that claims to list every firm of its kind in the place (or in
 *   a region it lies in) covers it: our data would show the segment if it were there;
 * - UNKNOWN: nothing, and no such roster: our data does not speak of the segment, which is not
 *   the same as its being absent. With the source articles alone, every segment nobody mentions
 *   is UNKNOWN.
 */
export type Coverage = 'PRESENT' | 'THIN' | 'COMING' | 'MISSING' | 'UNKNOWN';

/** In the order the chain map's legend lists them. */
export const COVERAGES: readonly Coverage[] = ['PRESENT', 'THIN', 'COMING', 'MISSING', 'UNKNOWN'];

export interface SegmentEvidence {
  producers: number;
  /** Projects in the place that add the segment and are not yet producing. */
  pipeline: number;
  /** Whether a complete roster covers the place. */
  complete: boolean;
}

/**
 * The evidence a presence row holds (none where the place has no row for the segment): its
 * producers, and its projects not yet producing ('' is a status the sources do not give).
 */
export function evidenceOf(row: Pick<PresenceRow, 'producerCount' | 'statuses' | 'statusCounts'> | undefined, complete: boolean): SegmentEvidence {
  const pipeline = (row?.statuses ?? []).reduce((sum, status, i) => sum + (isPipeline(statusOfPresence(status)) ? row!.statusCounts[i]! : 0), 0);
  return { producers: row?.producerCount ?? 0, pipeline, complete };
}

export function coverageOf({ producers, pipeline, complete }: SegmentEvidence, thinThreshold: number): Coverage {
  if (producers >= thinThreshold) return 'PRESENT';
  if (producers > 0) return 'THIN';
  if (pipeline > 0) return 'COMING';
  return complete ? 'MISSING' : 'UNKNOWN';
}

/** A place's segments counted by status, every status present (0 where none). */
export function countByCoverage(coverages: Iterable<Coverage>): Record<Coverage, number> {
  const counts = Object.fromEntries(COVERAGES.map((c) => [c, 0])) as Record<Coverage, number>;
  for (const coverage of coverages) counts[coverage] += 1;
  return counts;
}
