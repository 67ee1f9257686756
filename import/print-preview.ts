import type { RegionSource } from './check/resolve-region.ts';
import { fieldSynonyms, type Field, type ImportKind } from './columns/fields.ts';
import type { Problem } from './check/problem.ts';
import { describeProblem, type Lang } from './messages.ts';
import type { Preview } from './preview.ts';

/** A field's name in the preview: its first Chinese header, or its first English one. */
function fieldLabel(kind: ImportKind, field: Field, lang: Lang): string {
  const synonyms = (fieldSynonyms[kind] as Record<string, readonly string[]>)[field]!;
  return (lang === 'zh' ? synonyms.find((s) => /\p{Script=Han}/u.test(s)) : synonyms.find((s) => /^[\x20-\x7e]+$/.test(s))) ?? field;
}

const labels = {
  zh: {
    file: '文件', read: '读取', header: '表头', kind: '类型', mapping: '列对应', unread: '未读的列', counts: '计数',
    regions: '地区来源', refused: '被拒绝的行和警告', more: (n: number) => `……另有 ${n} 条未列出`,
    kinds: { firms: '企业名录', projects: '项目台账' }, given: '（按 --kind）', detected: '（按表头识别）', override: '（--map 或为同样表头保存的选择）',
    csv: (f: { encoding: string; source: string; confidence: number | null }) =>
      `CSV，编码 ${f.encoding}（${{ detected: '自动检测', bom: '按 BOM', given: '按 --encoding' }[f.source]}${f.confidence === null ? '' : `，置信度 ${f.confidence}`}）`,
    xlsx: (sheet: string, count: number) => `工作表「${sheet}」（已读到 ${count} 个工作表）`,
    headerAt: (row: number, above: number) => `第 ${row} 行${above > 0 ? `（上方 ${above} 行标题/说明已跳过）` : ''}`,
    countLine: (c: Preview['counts'], kind: ImportKind) =>
      `读取 ${c.read} 行 · 可导入 ${c.ok} · 拒绝 ${c.refused}（其中文件内重复 ${c.duplicates}）· 带警告导入 ${c.warned}${kind === 'firms' ? ` · 注销/吊销 ${c.deregistered}（不作候选）` : ''}`,
    sources: { columns: '省市区县列', address: '地址', creditCode: '信用代码登记机关' } as Record<RegionSource, string>,
    none: '无',
  },
  en: {
    file: 'File', read: 'Read as', header: 'Header', kind: 'Kind', mapping: 'Columns', unread: 'Not read', counts: 'Counts',
    regions: 'Region from', refused: 'Refused rows and warnings', more: (n: number) => `… and ${n} more not listed`,
    kinds: { firms: 'firm roster', projects: 'project ledger' }, given: ' (--kind)', detected: ' (from the header)', override: ' (--map, or chosen before for this header)',
    csv: (f: { encoding: string; source: string; confidence: number | null }) =>
      `CSV, encoding ${f.encoding} (${{ detected: 'detected', bom: 'by its BOM', given: '--encoding' }[f.source]}${f.confidence === null ? '' : `, confidence ${f.confidence}`})`,
    xlsx: (sheet: string, count: number) => `sheet "${sheet}" (${count} sheet(s) read so far)`,
    headerAt: (row: number, above: number) => `row ${row}${above > 0 ? ` (${above} title/notice row(s) above skipped)` : ''}`,
    countLine: (c: Preview['counts'], kind: ImportKind) =>
      `${c.read} rows read · ${c.ok} ok · ${c.refused} refused (${c.duplicates} duplicates in the file) · ${c.warned} in with a warning${kind === 'firms' ? ` · ${c.deregistered} deregistered (never candidates)` : ''}`,
    sources: { columns: 'province/city/county columns', address: 'address', creditCode: 'credit code authority' } as Record<RegionSource, string>,
    none: 'none',
  },
};

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/**
 * Problems found when planning against the graph (no column: a park or investor the graph does
 * not know) repeat on every row that names the same one: one line each, with its rows. Others
 * stay one a row, in row order.
 */
function grouped(problems: Problem[]): { problem: Problem; rows: number[] }[] {
  const groups = new Map<string, { problem: Problem; rows: number[] }>();
  const lines: { problem: Problem; rows: number[] }[] = [];
  for (const problem of problems) {
    const key = problem.column === null && problem.value !== null ? JSON.stringify([problem.code, problem.severity, problem.value, problem.params]) : null;
    const group = key ? groups.get(key) : undefined;
    if (group) {
      group.rows.push(problem.rowNumber);
      continue;
    }
    const line = { problem, rows: [problem.rowNumber] };
    if (key) groups.set(key, line);
    lines.push(line);
  }
  return lines;
}

/** The preview as lines of text, in the user's language. */
export function printPreview(preview: Preview, lang: Lang, problems: Pick<Preview, 'problems' | 'problemsTotal'> = preview): string {
  const l = labels[lang];
  const { file, format, mapping, counts } = preview;
  const lines = [
    `${l.file}: ${file.name} · ${size(file.bytes)} · SHA-256 ${file.sha256}`,
    `${l.read}: ${format.kind === 'csv' ? l.csv({ encoding: format.encoding, source: format.encodingSource, confidence: format.confidence }) : l.xlsx(format.sheet, format.sheets.length)}`,
    `${l.header}: ${l.headerAt(preview.header.rowNumber, preview.rowsAbove)}`,
    `${l.kind}: ${l.kinds[mapping.kind]}${mapping.kindSource === 'given' ? l.given : l.detected}`,
    `${l.mapping}:`,
    ...[...mapping.columns.values()]
      .sort((a, b) => a.index - b.index)
      .map((c) => `  ${fieldLabel(mapping.kind, c.field, lang)} (${c.field}) ← ${c.letter} 「${c.header}」${c.by === 'override' ? l.override : ''}`),
    `  ${l.unread}: ${mapping.unread.map((c) => `${c.letter} 「${c.header}」`).join(', ') || l.none}`,
    `${l.counts}: ${l.countLine(counts, mapping.kind)}`,
    `${l.regions}: ${(Object.keys(counts.regionSources) as RegionSource[]).map((s) => `${l.sources[s]} ${counts.regionSources[s]}`).join(' · ')}`,
  ];
  if (problems.problemsTotal > 0) {
    lines.push(`${l.refused}:`, ...grouped(problems.problems).map(({ problem, rows }) => `  ${describeProblem(problem, lang, rows)}`));
    if (problems.problemsTotal > problems.problems.length) lines.push(`  ${l.more(problems.problemsTotal - problems.problems.length)}`);
  }
  return lines.join('\n');
}
