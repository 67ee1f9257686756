/**
 * The product space of Hidalgo, Klinger, Barabási and Hausmann (2007), over chain segments and
 * regions: two segments are close when regions that have one tend to have the other.
 */

/** Which segments each region has (a region has a segment when a firm there makes it). */
export type Presence = { unit: string; segments: string[] }[];

export interface ProductSpace {
  /** φ(i, j) = min(P(i | j), P(j | i)) = N(i and j) / max(N(i), N(j)); 0 when either is present nowhere. */
  proximity(i: string, j: string): number;
  /** Σ over every other segment k of φ(k, j): the denominator of a place's density for j. */
  totalProximity(j: string): number;
}

export function productSpace(presence: Presence): ProductSpace {
  const count = new Map<string, number>();
  const together = new Map<string, number>();
  const pair = (i: string, j: string) => (i < j ? `${i}\u0000${j}` : `${j}\u0000${i}`);
  for (const { segments } of presence) {
    const unique = [...new Set(segments)];
    for (const i of unique) count.set(i, (count.get(i) ?? 0) + 1);
    for (let a = 0; a < unique.length; a += 1) {
      for (let b = a + 1; b < unique.length; b += 1) {
        const key = pair(unique[a]!, unique[b]!);
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  const proximity = (i: string, j: string) => {
    if (i === j) return 1;
    const both = together.get(pair(i, j)) ?? 0;
    return both === 0 ? 0 : both / Math.max(count.get(i)!, count.get(j)!);
  };
  const totals = new Map<string, number>();
  const totalProximity = (j: string) => {
    let total = totals.get(j);
    if (total === undefined) {
      total = 0;
      for (const k of count.keys()) if (k !== j) total += proximity(k, j);
      totals.set(j, total);
    }
    return total;
  };
  return { proximity, totalProximity };
}

/**
 * A place's density for segment j: the proximity-weighted share of j's related segments that
 * the place has, ω(j) = Σ_{i in has} φ(i, j) / Σ_k φ(k, j). 0 when j is related to nothing.
 */
export function density(space: ProductSpace, has: Iterable<string>, j: string): number {
  const total = space.totalProximity(j);
  if (total === 0) return 0;
  let near = 0;
  for (const i of has) if (i !== j) near += space.proximity(i, j);
  return near / total;
}
