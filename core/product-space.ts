/**
 * The product space of Hidalgo, Klinger, Barabási and Hausmann (2007), over chain segments and
 * regions: two segments are close when regions that have one tend to have the other.
 * The proximities are derived once per load (derive/) and stored one row per segment; a
 * request adds them up in Cypher (cypher/extension-opportunities/extension-opportunities.cypher).
 */

/**
 * How many regions must have data before proximities mean something: each counts co-location
 * over regions, and with fewer than this a single firm moves a proximity from 0 to 1. Hidalgo et
 * al. worked over more than 100 countries; 30 regions is a floor, not a recommendation. Below it,
 * a place's density is not shown as a measurement and extension opportunities rest on supply
 * links alone.
 */
export const MIN_REGIONS_FOR_DENSITY = 30;

/** One segment's row of the proximity matrix, as stored on (:SegmentRelatedness). */
export interface RelatednessRow {
  segment: string;
  /** How many regions (units) the proximities were counted over: the same on every row. */
  units: number;
  /** The segment's position in every row's `phi`. */
  index: number;
  /** φ(k, segment) for every segment k by index; 0 for itself and for segments it never shares a region with. */
  phi: number[];
  /** Σ over every other segment k of φ(k, segment): the denominator of a place's density for it. */
  phiTotal: number;
}

/**
 * φ(i, j) = min(P(i | j), P(j | i)) = N(i and j) / max(N(i), N(j)), counted over units (regions),
 * each with the set of segments present there. A place's density for j is then
 * ω(j) = Σ_{i in place} φ(i, j) / Σ_k φ(k, j): dense rows let a request read φ(i, j) by index.
 */
export function relatedness(units: Iterable<Iterable<string>>): RelatednessRow[] {
  const index = new Map<string, number>();
  const sets: number[][] = [];
  for (const unit of units) {
    const set = new Set<number>();
    for (const segment of unit) {
      if (!index.has(segment)) index.set(segment, index.size);
      set.add(index.get(segment)!);
    }
    sets.push([...set]);
  }
  const n = index.size;
  const count = new Float64Array(n);
  const together = new Float64Array(n * n);
  for (const set of sets) {
    for (const i of set) count[i]! += 1;
    for (let a = 0; a < set.length; a += 1) {
      for (let b = a + 1; b < set.length; b += 1) {
        together[set[a]! * n + set[b]!]! += 1;
        together[set[b]! * n + set[a]!]! += 1;
      }
    }
  }
  return [...index.keys()].map((segment, j) => {
    const phi = Array.from({ length: n }, (_, i) => (i === j ? 0 : together[i * n + j]! / Math.max(count[i]!, count[j]!)));
    return { segment, units: sets.length, index: j, phi, phiTotal: phi.reduce((a, b) => a + b, 0) };
  });
}
