import os from 'node:os';
import type { Database } from '../db/database.ts';
import type { Problem } from './check/problem.ts';
import { parseDate } from './check/parse-date.ts';
import type { FirmRecord, ProjectRecord } from './check/records.ts';
import { loadRegionIndex } from './graph/load-region-index.ts';
import { ImportError } from './import-error.ts';
import { Classifier } from './classify/classify.ts';
import { industryEdition, type EditionChoice } from './classify/industry-edition.ts';
import { placeFirm, placementTotals, placeProject, type IndustryEdition, type RowPlacement } from './classify/place-records.ts';
import { readClassificationRules } from './classify/read-rules.ts';
import { planPlacements, type PlacementPlan } from './plan/plan-placements.ts';
import type { Op } from './plan/entity-plan.ts';
import { ImportStamp } from './plan/import-stamp.ts';
import { planFirms, type FirmPlan } from './plan/plan-firms.ts';
import { planProjects, type ProjectPlan } from './plan/plan-projects.ts';
import { planRoster, type RosterPlan, type RosterRequest } from './plan/plan-roster.ts';
import { previewFile, type Preview, type PreviewOptions } from './preview.ts';
import { writeImport } from './write/write-import.ts';

export interface ImportOptions extends Omit<PreviewOptions, 'regions' | 'onRecord'> {
  /** Compare with the graph and show the counts, but write nothing. */
  dryRun?: boolean;
  /** Declare the roster complete for a place and scope (firm rosters only). */
  completeFor?: { place: string; scope: string; asOf?: string | null };
  /** Who imports, recorded on the import's Source. @default the OS user */
  by?: string;
  /** When, for the import's id and Source. @default now */
  now?: Date;
  /**
   * The GB/T 4754 edition of a roster's industry codes. 2011 codes collide with 2017 ones, so with
   * 2011 the codes are refused and keywords alone place a firm.
   * @default 2017 (the 国标行业 of today's 企查查 / 天眼查 exports)
   */
  industryEdition?: IndustryEdition;
}

/** Where the import places its rows' firms (MAKES) or projects (ADDS). */
export interface ImportPlacements {
  /** Firm rosters only: the industry codes' edition and why. */
  edition: EditionChoice | null;
  /** One per planned row, in row order. */
  rows: RowPlacement[];
  totals: ReturnType<typeof placementTotals>;
  /** What is written: new placements and proposals, the known ones left out. */
  plan: PlacementPlan;
}

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Refused when checked, or when planned against the graph (a park it cannot find, a second row for one entity). */
  refused: number;
  /** Projects whose investor is a firm the graph knows, linked to it. */
  linked: number;
}

export interface ImportOutcome {
  id: string;
  preview: Preview;
  counts: ImportCounts;
  roster: Pick<RosterPlan, 'id' | 'op' | 'placeName'> | null;
  /** Every problem, the check's and the plan's, by row. */
  problems: Problem[];
  placements: ImportPlacements;
  /** Null for a dry run, or when nothing differs from the graph (nothing is written, no import recorded). */
  written: { deriveMs: number; writeMs: number } | null;
}

/** An import's id: when, and the start of its file's hash (import-20250101-120000-3f2a9c1b). */
function importId(now: Date, sha256: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `import-${stamp}-${sha256.slice(0, 8)}`;
}

function rosterRequest(options: ImportOptions, kind: Preview['mapping']['kind']): RosterRequest | null {
  if (!options.completeFor) return null;
  const { place, scope, asOf = null } = options.completeFor;
  if (!scope.trim() || kind !== 'firms') throw new ImportError('scopeRequired');
  const date = asOf === null ? null : parseDate(asOf);
  if (asOf !== null && date === null) throw new ImportError('badAsOf', { asOf });
  return { place, scope: scope.trim(), asOf: date };
}

const countOps = (plans: { op: Op }[], op: Op) => plans.filter((p) => p.op === op).length;

/** Classifies each planned row (a row refused by the plan is not placed) and leaves out what the graph already holds. */
async function placeRows(db: Database, records: (FirmRecord | ProjectRecord)[], plans: { id: string; row: number }[], edition: EditionChoice | null): Promise<ImportPlacements> {
  const classifier = new Classifier(await readClassificationRules(db));
  const entityOfRow = new Map(plans.map((p) => [p.row, p.id]));
  const placed: { entity: string; placement: RowPlacement }[] = [];
  for (const record of records) {
    const entity = entityOfRow.get(record.rowNumber);
    if (entity === undefined) continue;
    const placement = edition ? placeFirm(classifier, record as FirmRecord, edition.edition) : placeProject(classifier, record as ProjectRecord);
    placed.push({ entity, placement });
  }
  const rows = placed.map((p) => p.placement);
  const plan = await planPlacements(db, edition ? 'makes' : 'adds', placed);
  return { edition, rows, totals: placementTotals(rows), plan };
}

/**
 * Imports a roster or ledger: reads and checks it against the graph's region tree, plans each
 * accepted row against what the graph holds (new, changed or unchanged), and — unless a dry run,
 * or nothing differs — writes it in one transaction with its provenance and what its undo needs.
 */
export async function importFile(db: Database, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const regions = await loadRegionIndex(db);
  const records: (FirmRecord | ProjectRecord)[] = [];
  const preview = await previewFile(file, { ...options, regions, onRecord: (record) => records.push(record) });
  const kind = preview.mapping.kind;
  const request = rosterRequest(options, kind);
  const now = options.now ?? new Date();
  const id = importId(now, preview.file.sha256);
  const stamp = new ImportStamp(id, preview.file.name);
  const planProblems: Problem[] = [];
  let firms: FirmPlan[] = [];
  let projects: ProjectPlan[] = [];
  const edition = kind === 'firms' ? industryEdition(preview.mapping, options.industryEdition) : null;
  if (kind === 'firms') firms = await planFirms(db, records as FirmRecord[], stamp, planProblems, edition!.edition);
  else projects = await planProjects(db, records as ProjectRecord[], stamp, planProblems);
  const roster = request ? await planRoster(db, regions, request, stamp) : null;
  const placements = await placeRows(db, records, kind === 'firms' ? firms : projects, edition);

  const plans: { op: Op }[] = kind === 'firms' ? firms : projects;
  const counts: ImportCounts = {
    new: countOps(plans, 'new'),
    changed: countOps(plans, 'changed'),
    unchanged: countOps(plans, 'unchanged'),
    refused: preview.counts.refused + planProblems.filter((p) => p.severity === 'refuse').length,
    linked: projects.filter((p) => p.firm !== null).length,
  };
  const problems = [...preview.problems, ...planProblems].sort((a, b) => a.rowNumber - b.rowNumber);
  const outcome: ImportOutcome = { id, preview, counts, roster: roster && { id: roster.id, op: roster.op, placeName: roster.placeName }, problems, placements, written: null };
  const nothingNew = counts.new + counts.changed === 0 && placements.plan.writes.length === 0 && (!roster || roster.op === 'unchanged');
  if (options.dryRun || nothingNew) return outcome;

  const started = performance.now();
  const { deriveMs } = await writeImport(db, {
    source: {
      id,
      title: preview.file.name,
      file: preview.file.name,
      sha256: preview.file.sha256,
      fileKind: kind,
      importedAt: now.toISOString(),
      importedBy: options.by ?? os.userInfo().username,
      rowCount: preview.counts.read,
      newCount: counts.new,
      changedCount: counts.changed,
      unchangedCount: counts.unchanged,
      refusedCount: counts.refused,
      rosterKey: roster && roster.op !== 'unchanged' ? roster.id : null,
      placedCount: placements.plan.writes.filter((w) => w.accept).length,
      proposedCount: placements.plan.writes.filter((w) => !w.accept).length,
    },
    firms,
    projects,
    roster,
    placements: placements.plan,
  });
  return { ...outcome, written: { deriveMs, writeMs: Math.round(performance.now() - started) } };
}
