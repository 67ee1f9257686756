import type { SegmentRuleRow } from '../core/classification-rules.ts';
import type { SeedSet } from './seed-set.ts';

/**
 * The classifier's rules straight from the seed files, in the shape classify/classification-rules.cypher
 * returns them from the graph: what tests classify with, and what the graph must hold after a load.
 */
export function classificationRuleRows(seed: Pick<SeedSet, 'chains' | 'industryCodes'>): SegmentRuleRow[] {
  const codesBySegment = new Map<string, SegmentRuleRow['codes']>();
  for (const entry of seed.industryCodes) {
    for (const segment of entry.segments) {
      const rule = { code: entry.code, edition: entry.edition, name: entry.name, basis: entry.basis, ambiguous: entry.ambiguous };
      codesBySegment.set(segment, [...(codesBySegment.get(segment) ?? []), rule]);
    }
  }
  return seed.chains.flatMap((chain) =>
    chain.segments.map((s) => ({
      chain: chain.id,
      segment: s.id,
      segmentName: s.name,
      keywords: s.keywords,
      exclude: s.exclude,
      codes: codesBySegment.get(s.id) ?? [],
    })),
  );
}
