import { createHash } from 'node:crypto';

function shortHash(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u0000')).digest('hex').slice(0, 16);
}

/** What tells one figure from another: where, what, when, how much, of what (seed and ingested articles alike). */
export interface ObservationKey {
  park?: string | null;
  region?: string | null;
  indicator: string;
  period?: string | null;
  value: number;
  scope?: string | null;
  chain?: string | null;
  segment?: string | null;
  benchmark?: string | null;
}

/** An observation's id: the same figure read from two articles is one observation with two sources. */
export function observationId(o: ObservationKey): string {
  return `obs-${shortHash(o.park ?? o.region ?? undefined, o.indicator, o.period ?? undefined, o.value, o.scope ?? undefined, o.chain ?? undefined, o.segment ?? undefined, o.benchmark ?? undefined)}`;
}

/** A statement's id: an article's words that fit no other shape of the model. */
export function statementId(source: string, text: string, evidence: string): string {
  return `st-${shortHash(source, text, evidence)}`;
}
