import type { FirmRecord, ProjectRecord } from '../check/records.ts';
import { ACCEPT_THRESHOLD, type Classifier, type CodeOutcome } from './classify.ts';

/** How an import placed an entity on a segment: the classifier's methods, or the ledger's own 环节 column. */
export type PlacementMethod = 'industry-code' | 'keyword' | 'both' | 'ledger';

/** One segment proposed for a row's firm (MAKES) or project (ADDS). */
export interface SegmentProposal {
  segment: string;
  segmentName: string;
  method: PlacementMethod;
  matched: string;
  confidence: number;
  decision: 'accept' | 'review';
}

/** Why a row could not be placed on any segment. */
export type UnplacedReason = 'no-code-no-keyword' | 'code-unmapped' | 'code-refused';

export interface RowPlacement {
  row: number;
  name: string;
  proposals: SegmentProposal[];
  /** Set when no segment was proposed at all. */
  unplaced: { reason: UnplacedReason; code: string | null } | null;
}

/** The GB/T 4754 edition of a roster's codes: 2017 for today's 企查查/天眼查 exports (国标行业). */
export type IndustryEdition = 2017 | 2011;

function unplacedReason(code: CodeOutcome): RowPlacement['unplaced'] {
  if (code.status === 'unmapped') return { reason: 'code-unmapped', code: code.code };
  if (code.status === 'refused') return { reason: 'code-refused', code: code.code };
  return { reason: 'no-code-no-keyword', code: null };
}

/** The segments a roster row's firm makes, as the classifier proposes them (deregistered firms too). */
export function placeFirm(classifier: Classifier, record: FirmRecord, edition: IndustryEdition): RowPlacement {
  const { industry } = record;
  const { proposals, code } = classifier.classify({
    name: record.name,
    businessScope: record.businessScope,
    industryCode: record.industryCode,
    industryEdition: edition,
    industryNames: { division: industry.division, group: industry.group, class: industry.class },
  });
  return {
    row: record.rowNumber,
    name: record.name,
    proposals: proposals.map(({ segment, segmentName, method, matched, confidence, decision }) => ({ segment, segmentName, method, matched, confidence, decision })),
    unplaced: proposals.length === 0 ? unplacedReason(code) : null,
  };
}

/** A ledger's 环节 naming one segment exactly (after NFKC, spaces and brackets ignored) is the team's own placement. */
export const LEDGER_NAMED = 0.9;
/** A product keyword in the ledger's 环节 or 产业链 cell naming a single segment. */
export const LEDGER_KEYWORD = 0.75;
/** The same, when the cell's keywords name several segments: each waits for review. */
export const LEDGER_AMBIGUOUS = 0.5;

const nameKey = (text: string) => text.normalize('NFKC').replace(/[\s()（）]/g, '');

/**
 * The segments a ledger row's project adds: from its 环节 column (a segment's name, or a segment's
 * keywords in 环节 or 产业链), else from the project's name read as a product text
 * (年产20万吨离子膜烧碱项目 names its product as a 经营范围 does), which mostly waits for review.
 */
export function placeProject(classifier: Classifier, record: ProjectRecord): RowPlacement {
  const segments = classifier.rules.segments;
  const cell = [record.segment, record.chain].filter((t): t is string => t !== null).join(' ');
  const named = record.segment ? segments.filter((s) => nameKey(s.segmentName) === nameKey(record.segment!)) : [];
  let proposals: SegmentProposal[] = [];
  if (named.length > 0) {
    const confidence = named.length === 1 ? LEDGER_NAMED : LEDGER_AMBIGUOUS;
    proposals = named.map((s) => ({ segment: s.segment, segmentName: s.segmentName, method: 'ledger', matched: `环节: ${record.segment}`, confidence, decision: decide(confidence) }));
  } else if (cell) {
    const hits = classifier.classify({ name: '', businessScope: cell, industryCode: null, industryEdition: null }).proposals;
    const confidence = hits.length === 1 ? LEDGER_KEYWORD : LEDGER_AMBIGUOUS;
    proposals = hits.map((p) => ({ segment: p.segment, segmentName: p.segmentName, method: 'ledger', matched: `产业链/环节: ${p.matched.replace(/^经营范围: /, '')}`, confidence, decision: decide(confidence) }));
  }
  if (proposals.length === 0) {
    const byName = classifier.classify({ name: '', businessScope: record.name, industryCode: null, industryEdition: null }).proposals;
    proposals = byName.map((p) => ({ segment: p.segment, segmentName: p.segmentName, method: 'keyword', matched: `项目名称: ${p.matched.replace(/^经营范围: /, '')}`, confidence: p.confidence, decision: p.decision }));
  }
  return { row: record.rowNumber, name: record.name, proposals, unplaced: proposals.length === 0 ? { reason: 'no-code-no-keyword', code: null } : null };
}

const decide = (confidence: number): SegmentProposal['decision'] => (confidence >= ACCEPT_THRESHOLD ? 'accept' : 'review');

/** Totals over a file's placements, for the preview. */
export function placementTotals(placements: RowPlacement[]): { rows: number; accepted: number; review: number; unplaced: number } {
  let accepted = 0;
  let review = 0;
  for (const p of placements) for (const q of p.proposals) q.decision === 'accept' ? accepted++ : review++;
  return { rows: placements.length, accepted, review, unplaced: placements.filter((p) => p.unplaced).length };
}
