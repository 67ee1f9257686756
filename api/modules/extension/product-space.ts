/**
 * The product space of Hidalgo, Klinger, Barabási and Hausmann (2007), over chain segments and
 * regions: two segments are close when regions that have one tend to have the other.
 * The proximities are derived once per load (seed/derive); requests only add them up.
 */

/** One segment's row of the proximity matrix, as stored on (:SegmentRelatedness). */
export interface RelatednessRow {
  segment: string;
  /** The segments with a non-zero proximity to this one, and those proximities, in the same order. */
  relatedIds: string[];
  relatedPhi: number[];
  /** Σ over every other segment k of φ(k, segment): the denominator of a place's density for it. */
  phiTotal: number;
}

/**
 * φ(i, j) = min(P(i | j), P(j | i)) = N(i and j) / max(N(i), N(j)), counted over units (regions),
 * each with the set of segments present there.
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
  const ids = [...index.keys()];
  return ids.map((segment, j) => {
    const relatedIds: string[] = [];
    const relatedPhi: number[] = [];
    let phiTotal = 0;
    for (let i = 0; i < n; i += 1) {
      const both = together[i * n + j]!;
      if (i === j || both === 0) continue;
      const phi = both / Math.max(count[i]!, count[j]!);
      relatedIds.push(ids[i]!);
      relatedPhi.push(phi);
      phiTotal += phi;
    }
    return { segment, relatedIds, relatedPhi, phiTotal };
  });
}

/** φ(i, j) read off j's stored row; 0 when they never share a region. */
export function proximity(row: RelatednessRow | undefined, i: string): number {
  if (!row) return 0;
  const at = row.relatedIds.indexOf(i);
  return at < 0 ? 0 : row.relatedPhi[at]!;
}

/**
 * A place's density for segment j: the proximity-weighted share of j's related segments that
 * the place has, ω(j) = Σ_{i in has} φ(i, j) / Σ_k φ(k, j). 0 when j is related to nothing.
 */
export function density(row: RelatednessRow | undefined, has: ReadonlySet<string>): number {
  if (!row || row.phiTotal === 0) return 0;
  let near = 0;
  row.relatedIds.forEach((i, at) => {
    if (has.has(i)) near += row.relatedPhi[at]!;
  });
  return near / row.phiTotal;
}
