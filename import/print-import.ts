import type { ImportOutcome } from './import-file.ts';
import type { ImportListing } from './list-imports.ts';
import type { Lang } from './messages.ts';
import { printPlacements } from './print-placements.ts';
import { printPreview } from './print-preview.ts';
import type { UndoResult } from './undo/undo-import.ts';

const labels = {
  zh: {
    compared: '与图谱比对',
    counts: (c: ImportOutcome['counts']) => `新增 ${c.new} · 更改 ${c.changed} · 未变 ${c.unchanged} · 拒绝 ${c.refused}`,
    linked: (n: number) => ` · 投资方关联到已知企业 ${n}`,
    identity: {
      firms: '识别规则：企业按统一社会信用代码识别；没有代码的，按同一地区内的名称（或别名）识别。',
      projects: '识别规则：项目按项目编号识别；没有编号的，按同一园区或区县内的名称（或别名）识别；投资方按信用代码、名称、别名关联到已知企业，不新建企业。',
    },
    roster: (r: NonNullable<ImportOutcome['roster']>) =>
      `完整名录：${r.placeName}（${r.id}）${{ new: '新建', changed: '更新', unchanged: '不变' }[r.op]}——此后该地没有企业的环节显示为“缺失”而非“未知”。`,
    dryRun: '仅预览（--dry-run）：数据库未改动。',
    nothing: '图谱已与文件一致：没有写入，也未记录新的导入。',
    written: (id: string, w: NonNullable<ImportOutcome['written']>) =>
      `已写入：导入编号 ${id}（用时 ${(w.writeMs / 1000).toFixed(1)} 秒，其中派生数据重算 ${(w.deriveMs / 1000).toFixed(1)} 秒）。撤销：npm run import -- --undo ${id}`,
    kinds: { firms: '企业名录', projects: '项目台账' },
    listed: (i: ImportListing) => `新增 ${i.newCount} · 更改 ${i.changedCount} · 未变 ${i.unchangedCount} · 拒绝 ${i.refusedCount}`,
    none: '还没有导入。',
    undone: (u: UndoResult) =>
      `已撤销 ${u.id}（${u.file}）：删除 ${u.deleted} 个新建对象，恢复 ${u.restored} 个被更改的对象，移除 ${u.placements} 个环节关系和 ${u.proposals} 个待审核提议（派生数据重算 ${(u.deriveMs / 1000).toFixed(1)} 秒）。`,
  },
  en: {
    compared: 'Against the graph',
    counts: (c: ImportOutcome['counts']) => `${c.new} new · ${c.changed} changed · ${c.unchanged} unchanged · ${c.refused} refused`,
    linked: (n: number) => ` · ${n} investors linked to known firms`,
    identity: {
      firms: 'Identity: a firm is its credit code; without one, its name (or alias) within its region.',
      projects: 'Identity: a project is its ledger number; without one, its name (or alias) within its park or county. Investors are linked to known firms by credit code, name or alias, never created.',
    },
    roster: (r: NonNullable<ImportOutcome['roster']>) =>
      `Complete roster: ${r.placeName} (${r.id}) ${r.op === 'unchanged' ? 'unchanged' : r.op === 'new' ? 'created' : 'updated'}: a segment with no firm there now reads MISSING, not UNKNOWN.`,
    dryRun: 'Preview only (--dry-run): the database is unchanged.',
    nothing: 'The graph already holds this file as it is: nothing written, no import recorded.',
    written: (id: string, w: NonNullable<ImportOutcome['written']>) =>
      `Written: import ${id} (${(w.writeMs / 1000).toFixed(1)} s, of which deriving the derived rows again ${(w.deriveMs / 1000).toFixed(1)} s). Undo: npm run import -- --undo ${id}`,
    kinds: { firms: 'firms', projects: 'projects' },
    listed: (i: ImportListing) => `${i.newCount} new · ${i.changedCount} changed · ${i.unchangedCount} unchanged · ${i.refusedCount} refused`,
    none: 'No imports yet.',
    undone: (u: UndoResult) =>
      `Undid ${u.id} (${u.file}): deleted ${u.deleted} created entities, restored ${u.restored} changed ones, removed ${u.placements} segment placements and ${u.proposals} proposals for review (derived rows again in ${(u.deriveMs / 1000).toFixed(1)} s).`,
  },
};

/** The preview with its counts against the graph, then what was written (or why nothing was). */
export function printImport(outcome: ImportOutcome, lang: Lang, dryRun: boolean): string {
  const l = labels[lang];
  const kind = outcome.preview.mapping.kind;
  const lines = [
    printPreview(outcome.preview, lang, { problems: outcome.problems, problemsTotal: outcome.problemsTotal }),
    `${l.compared}: ${l.counts(outcome.counts)}${kind === 'projects' ? l.linked(outcome.counts.linked) : ''}`,
    l.identity[kind],
    ...(outcome.roster ? [l.roster(outcome.roster)] : []),
    ...printPlacements(outcome.placements, lang),
    dryRun ? l.dryRun : outcome.written ? l.written(outcome.id, outcome.written) : l.nothing,
  ];
  return lines.join('\n');
}

/** One import a line: its id first, then file, kind, date and counts. */
export function printImportList(imports: ImportListing[], lang: Lang): string {
  const l = labels[lang];
  if (imports.length === 0) return l.none;
  return imports
    .map((i) => [i.id, i.file, l.kinds[i.fileKind], i.importedAt.slice(0, 19).replace('T', ' '), l.listed(i), ...(i.rosterKey ? [i.rosterKey] : []), i.importedBy].join('  '))
    .join('\n');
}

export function printUndo(result: UndoResult, lang: Lang): string {
  return labels[lang].undone(result);
}
