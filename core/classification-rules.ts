/**
 * The rules that place a firm on chain segments, as the graph holds them (written by the seed from
 * seed/chains/*.yaml and seed/industry-codes.yaml, read by cypher/classify/classification-rules.cypher)
 * and as the importer's classifier (import/classify/) takes them.
 */

/** A GB/T 4754 code that names a segment. */
export interface CodeRule {
  /** 2 (大类), 3 (中类) or 4 (小类) digits. */
  code: string;
  /** Always 2017: the 2011 codes collide with the 2017 ones. */
  edition: number;
  /** The code's name as published, e.g. 无机碱制造. */
  name: string;
  basis: string;
  /** True when the code names several segments. */
  ambiguous: boolean;
}

/** One row of classify/classification-rules.cypher: a segment, its keywords and the codes that name it. */
export interface SegmentRuleRow {
  chain: string;
  segment: string;
  segmentName: string;
  keywords: string[];
  exclude: string[];
  codes: CodeRule[];
}

export interface ClassificationRules {
  segments: SegmentRuleRow[];
  /** By code (edition 2017): the segments it names, and the code's rule. */
  byCode: Map<string, { rule: CodeRule; segments: SegmentRuleRow[] }>;
}

/** Rows in one order (segments by id, each segment's codes by code), so two sources of them compare equal. */
export function sortRuleRows(rows: SegmentRuleRow[]): SegmentRuleRow[] {
  return [...rows]
    .map((row) => ({ ...row, codes: [...row.codes].sort((a, b) => a.code.localeCompare(b.code)) }))
    .sort((a, b) => a.segment.localeCompare(b.segment));
}

/** The rules from their rows, indexed by code. */
export function rulesFromRows(rows: SegmentRuleRow[]): ClassificationRules {
  const segments = sortRuleRows(rows);
  const byCode = new Map<string, { rule: CodeRule; segments: SegmentRuleRow[] }>();
  for (const segment of segments) {
    for (const rule of segment.codes) {
      if (rule.edition !== 2017) continue;
      const entry = byCode.get(rule.code) ?? { rule, segments: [] };
      entry.segments.push(segment);
      byCode.set(rule.code, entry);
    }
  }
  return { segments, byCode };
}
