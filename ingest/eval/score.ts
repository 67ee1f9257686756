import { normaliseName } from '../extract/firms.ts';
import { parkKey } from '../extract/parks.ts';
import type { Proposal } from '../proposal.ts';
import { SCORED_KINDS, type KeyFact, type ScoredKind } from './answer-key.ts';
import { matches, placedRight, scoredKind } from './match.ts';

/** Counts for one kind: key facts found (recall) and distinct proposals that state a key fact (precision). */
export interface Counts {
  keyFacts: number;
  found: number;
  proposed: number;
  correct: number;
}

export interface Score {
  byKind: Record<ScoredKind, Counts>;
  /** Proposed new indicators: not scored (the key only holds the closed list), counted for the reviewer. */
  newIndicators: number;
  /** Key facts no proposal states, and distinct proposals that state none, for reading the mistakes. */
  missed: KeyFact[];
  wrong: Proposal[];
  /** Of the key's projects with a place that were found, how many a matching proposal places there (match.ts placedRight). */
  projectPlaces: Placed;
}

export interface Placed {
  found: number;
  placed: number;
  /** The key's projects found, but placed elsewhere. */
  misplaced: KeyFact[];
}

/** Proposals that say the same thing from several sentences count once (a region named ten times is one place). */
function identity(p: Proposal): string {
  switch (p.kind) {
    case 'place':
      return `place ${p.fields.region}`;
    case 'park':
      return `park ${parkKey(p.fields.name)}`;
    case 'firm':
      return `firm ${normaliseName(p.fields.name)}`;
    case 'project':
      return `project ${normaliseName(p.fields.name)} ${p.fields.investmentCny ?? ''} ${p.fields.signedOn ?? ''}`;
    case 'focus':
      return `focus ${p.fields.park ?? p.fields.region} ${p.fields.chain} ${p.fields.role ?? ''}`;
    case 'figure':
      return `figure ${p.fields.indicator} ${p.fields.period ?? ''} ${p.fields.value}`;
    default:
      return `${p.kind} ${JSON.stringify(p.fields)}`;
  }
}

export const emptyCounts = (): Counts => ({ keyFacts: 0, found: 0, proposed: 0, correct: 0 });

export function score(proposals: Proposal[], key: KeyFact[]): Score {
  const byKind = Object.fromEntries(SCORED_KINDS.map((k) => [k, emptyCounts()])) as Record<ScoredKind, Counts>;
  const distinct = [...new Map(proposals.map((p) => [identity(p), p])).values()];
  const missed: KeyFact[] = [];
  const wrong: Proposal[] = [];
  const projectPlaces: Placed = { found: 0, placed: 0, misplaced: [] };
  for (const fact of key) {
    byKind[fact.kind].keyFacts++;
    const matching = proposals.filter((p) => matches(p, fact));
    if (matching.length > 0) byKind[fact.kind].found++;
    else missed.push(fact);
    if (fact.kind === 'projects' && (fact.region || fact.park) && matching.length > 0) {
      projectPlaces.found++;
      if (matching.some((p) => p.kind === 'project' && placedRight(p.fields, fact))) projectPlaces.placed++;
      else projectPlaces.misplaced.push(fact);
    }
  }
  for (const proposal of distinct) {
    const kind = scoredKind(proposal);
    if (!kind) continue;
    byKind[kind].proposed++;
    if (key.some((fact) => matches(proposal, fact))) byKind[kind].correct++;
    else wrong.push(proposal);
  }
  return { byKind, newIndicators: distinct.filter((p) => p.kind === 'new-indicator').length, missed, wrong, projectPlaces };
}

export const recall = (c: Counts) => (c.keyFacts === 0 ? 1 : c.found / c.keyFacts);
export const precision = (c: Counts) => (c.proposed === 0 ? 1 : c.correct / c.proposed);

export function add(a: Counts, b: Counts): Counts {
  return { keyFacts: a.keyFacts + b.keyFacts, found: a.found + b.found, proposed: a.proposed + b.proposed, correct: a.correct + b.correct };
}
