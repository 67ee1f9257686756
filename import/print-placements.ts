import { ACCEPT_THRESHOLD } from './classify/classify.ts';
import type { EditionChoice } from './classify/industry-edition.ts';
import type { RowPlacement, UnplacedReason } from './classify/place-records.ts';
import type { ImportPlacements } from './import-file.ts';
import type { PlacementPlan } from './plan/plan-placements.ts';
import type { Lang } from './messages.ts';

/**
 * How many rows the preview lists one a line (per row placed, and not placed); the rest are counted.
 * @default 200
 */
export const ROWS_LISTED = 200;

const labels = {
  zh: {
    edition: (e: EditionChoice) =>
      `行业代码：GB/T 4754-${e.edition}${{
        given: '（按 --industry-edition）',
        header: '（表头为“国标行业”：企查查、天眼查现行导出即 2017 版；若是 2011 版，请在导入选项中选 2011 版或加 --industry-edition 2011）',
        default: '（表头未标明版本，按 2017 版；若是 2011 版，请在导入选项中选 2011 版或加 --industry-edition 2011）',
        none: '（文件没有行业列：只按经营范围和名称中的关键词归类）',
      }[e.source]}${e.edition === 2011 ? '——2011 版代码与 2017 版冲突，不采用，只按关键词归类。' : ''}`,
    totals: (t: ImportPlacements['totals'], kind: 'makes' | 'adds', known: number) =>
      `归入环节（置信度 ≥ ${ACCEPT_THRESHOLD} 直接写入，其余待审核）：${t.rows} ${kind === 'makes' ? '家企业' : '个项目'} · 归入 ${t.accepted} 个环节 · 待审核 ${t.review} · 未能归入任何环节 ${t.unplaced}${known > 0 ? ` · 图谱中已有而不再提出 ${known}` : ''}`,
    row: (p: RowPlacement, accepted: number, review: number) => `  第 ${p.row} 行 ${p.name}：归入 ${accepted} · 待审核 ${review}`,
    unplacedHead: (n: number) => `未能归入任何环节（${n}）：`,
    why: {
      'no-code-no-keyword': () => '没有国标行业代码，经营范围和名称中也没有任何环节的关键词',
      'code-unmapped': (code: string | null) => `国标行业 ${code} 不在对照表中，经营范围和名称中也没有任何环节的关键词`,
      'code-refused': (code: string | null) => `国标行业 ${code} 未采用（版本不是 2017 或名称不符），经营范围和名称中也没有任何环节的关键词`,
    } as Record<UnplacedReason, (code: string | null) => string>,
    projectWhy: '环节、产业链和项目名称中都没有任何环节的名称或关键词',
    unplaced: (p: RowPlacement, why: string) => `  第 ${p.row} 行 ${p.name}：${why}`,
    more: (n: number) => `  ……另有 ${n} 行未列出`,
  },
  en: {
    edition: (e: EditionChoice) =>
      `Industry codes: GB/T 4754-${e.edition}${{
        given: ' (--industry-edition)',
        header: ' (the header says 国标行业: today’s 企查查 / 天眼查 exports use the 2017 edition; for a 2011 file choose 2011 in the import options, or add --industry-edition 2011)',
        default: ' (the header names no edition: 2017 assumed; for a 2011 file choose 2011 in the import options, or add --industry-edition 2011)',
        none: ' (no industry column: keywords in the business scope and name alone)',
      }[e.source]}${e.edition === 2011 ? ' — 2011 codes collide with 2017 ones, so they are not used: keywords alone.' : ''}`,
    totals: (t: ImportPlacements['totals'], kind: 'makes' | 'adds', known: number) =>
      `Placed on segments (confidence ≥ ${ACCEPT_THRESHOLD} written, the rest for review): ${t.rows} ${kind === 'makes' ? 'firms' : 'projects'} · ${t.accepted} segments placed · ${t.review} for review · ${t.unplaced} not placed on any segment${known > 0 ? ` · ${known} already in the graph, not proposed again` : ''}`,
    row: (p: RowPlacement, accepted: number, review: number) => `  row ${p.row} ${p.name}: ${accepted} placed · ${review} for review`,
    unplacedHead: (n: number) => `Not placed on any segment (${n}):`,
    why: {
      'no-code-no-keyword': () => 'no industry code, and no segment keyword in its business scope or name',
      'code-unmapped': (code: string | null) => `industry code ${code} is not in the mapping, and no segment keyword in its business scope or name`,
      'code-refused': (code: string | null) => `industry code ${code} not used (not the 2017 edition, or its name differs), and no segment keyword in its business scope or name`,
    } as Record<UnplacedReason, (code: string | null) => string>,
    projectWhy: 'neither its 环节, its 产业链 nor its name holds a segment’s name or keyword',
    unplaced: (p: RowPlacement, why: string) => `  row ${p.row} ${p.name}: ${why}`,
    more: (n: number) => `  … and ${n} more rows not listed`,
  },
};

/** The first ROWS_LISTED of `total` items, and how many more there are (an import keeps only the rows it lists). */
function listed<T>(items: T[], total: number, line: (item: T) => string, more: (n: number) => string): string[] {
  return [...items.slice(0, ROWS_LISTED).map(line), ...(total > ROWS_LISTED ? [more(total - ROWS_LISTED)] : [])];
}

/** The sentence on a roster's industry codes: which edition, and why. */
export const editionText = (edition: EditionChoice, lang: Lang): string => labels[lang].edition(edition);

/** Why a row was placed on no segment. */
export function unplacedReason(p: RowPlacement, kind: 'makes' | 'adds', lang: Lang): string {
  const l = labels[lang];
  return kind === 'adds' ? l.projectWhy : l.why[p.unplaced!.reason](p.unplaced!.code);
}

/** Where the rows were placed: the codes' edition, totals, each placed row's counts, and the rows not placed with why. */
export function printPlacements(placements: Omit<ImportPlacements, 'plan'> & { plan: PlacementPlan }, lang: Lang): string[] {
  const l = labels[lang];
  const { plan, rows, totals } = placements;
  const placed = rows.filter((p) => p.proposals.length > 0);
  const unplaced = rows.filter((p) => p.unplaced);
  const count = (p: RowPlacement, decision: 'accept' | 'review') => p.proposals.filter((q) => q.decision === decision).length;
  const why = (p: RowPlacement) => unplacedReason(p, plan.kind, lang);
  return [
    ...(placements.edition ? [editionText(placements.edition, lang)] : []),
    l.totals(totals, plan.kind, plan.known),
    ...listed(placed, totals.rows - totals.unplaced, (p) => l.row(p, count(p, 'accept'), count(p, 'review')), l.more),
    ...(totals.unplaced > 0 ? [l.unplacedHead(totals.unplaced), ...listed(unplaced, totals.unplaced, (p) => l.unplaced(p, why(p)), l.more)] : []),
  ];
}
