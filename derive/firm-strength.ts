import type { FirmFacts } from '../core/presence.ts';

/**
 * A firm's strength as core/presence.ts orders a presence row's firms (projects, then investment,
 * then segments made, then id), kept beside each listed firm as "projects|investment|segments" so
 * that a parent place's list can be merged from its children's lists without reading the firms.
 */
export function strengthKey(firm: FirmFacts): string {
  return `${firm.investments.length}|${firm.investments.reduce((a, b) => a + b, 0)}|${firm.segments.length}`;
}

/** A listed firm: its id and strength key. */
export interface RankedFirm {
  id: string;
  key: string;
}

/** The order of core/presence.ts: the strongest first, ties by id. */
export function compareStrength(a: RankedFirm, b: RankedFirm): number {
  const [ap, ai, as] = a.key.split('|').map(Number) as [number, number, number];
  const [bp, bi, bs] = b.key.split('|').map(Number) as [number, number, number];
  return bp - ap || bi - ai || bs - as || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
