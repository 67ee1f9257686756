import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Database } from '../db/database.ts';
import { deriveAfterImport } from '../derive/derive-touched.ts';
import type { Problem } from './check/problem.ts';
import { parseDate } from './check/parse-date.ts';
import type { FirmRecord, ProjectRecord } from './check/records.ts';
import type { ColumnMapping } from './columns/map-columns.ts';
import { loadRegionIndex } from './graph/load-region-index.ts';
import { ImportError } from './import-error.ts';
import { Classifier } from './classify/classify.ts';
import { industryEdition, type EditionChoice } from './classify/industry-edition.ts';
import { placeFirm, placeProject, type IndustryEdition, type RowPlacement } from './classify/place-records.ts';
import { readClassificationRules } from './classify/read-rules.ts';
import { planPlacements, type PlacementPlan, type PlacementWrite } from './plan/plan-placements.ts';
import type { Op } from './plan/entity-plan.ts';
import { ImportStamp } from './plan/import-stamp.ts';
import { planFirms, type FirmPlan } from './plan/plan-firms.ts';
import { planProjects, type ProjectPlan } from './plan/plan-projects.ts';
import { planRoster, type RosterPlan, type RosterRequest } from './plan/plan-roster.ts';
import { previewFile, type Preview, type PreviewOptions } from './preview.ts';
import { fileFacts, type FileFacts } from './read/file-facts.ts';
import { ROWS_LISTED } from './print-placements.ts';
import { undoImport } from './undo/undo-import.ts';
import type { TouchedPlaces } from '../derive/derive-touched.ts';
import { finishImport, writeImportBatch, type ImportSource } from './write/write-import.ts';

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
  /** Told how far the import is, after each batch and at each phase (the CLI prints it on stderr). */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Rows checked, planned and written together. Bounds the importer's memory on a million-row file.
   * @default 20000
   */
  batchRows?: number;
}

/** How far an import is: `reading` while rows are read, checked, planned and (unless a dry run) written a batch at a time; then `deriving`. */
export interface ImportProgress {
  phase: 'reading' | 'deriving' | 'done';
  /** Data rows accepted by the check so far. */
  rowsRead: number;
  /** Of them, those planned against the graph (and written, unless a dry run). */
  rowsPlanned: number;
}

/** Where the import places its rows' firms (MAKES) or projects (ADDS). */
export interface ImportPlacements {
  /** Firm rosters only: the industry codes' edition and why. */
  edition: EditionChoice | null;
  /**
   * Planned rows in row order: the first ROWS_LISTED placed on a segment and the first ROWS_LISTED
   * placed on none (what the preview lists), so that a million rows are counted, not kept.
   */
  rows: RowPlacement[];
  totals: { rows: number; accepted: number; review: number; unplaced: number };
  /** What is written: `writes` lists the first PLACEMENTS_LISTED new placements and proposals; `placed` and `proposed` count them all. */
  plan: PlacementPlan & { placed: number; proposed: number };
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
  /** The problems listed, the check's and the plan's, by row: at most `problemsListed` of each. */
  problems: Problem[];
  /** Every problem, listed or not. */
  problemsTotal: number;
  placements: ImportPlacements;
  /** Null for a dry run, or when nothing differs from the graph (nothing is written, no import recorded). */
  written: { deriveMs: number; writeMs: number; derive: 'touched' | 'whole' } | null;
}

/** How many placement writes the outcome lists; the rest are counted. */
export const PLACEMENTS_LISTED = 1_000;

/**
 * An import's id: when, the start of its file's hash, and a nonce (import-20250101-120000-3f2a9c1b-07e4),
 * because the same file imported twice within a second is two imports, each to be undone on its own.
 */
function importId(now: Date, sha256: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `import-${stamp}-${sha256.slice(0, 8)}-${randomBytes(2).toString('hex')}`;
}

function rosterRequest(options: ImportOptions, kind: ColumnMapping['kind']): RosterRequest | null {
  if (!options.completeFor) return null;
  const { place, scope, asOf = null } = options.completeFor;
  if (!scope.trim() || kind !== 'firms') throw new ImportError('scopeRequired');
  const date = asOf === null ? null : parseDate(asOf);
  if (asOf !== null && date === null) throw new ImportError('badAsOf', { asOf });
  return { place, scope: scope.trim(), asOf: date };
}

/** What the whole file adds up to, batch after batch: counts, the first rows and writes to list, the file-level identities. */
class Tally {
  readonly counts = { new: 0, changed: 0, unchanged: 0, planRefused: 0, linked: 0 };
  readonly totals = { rows: 0, accepted: 0, review: 0, unplaced: 0 };
  readonly placedRows: RowPlacement[] = [];
  readonly unplacedRows: RowPlacement[] = [];
  readonly writes: PlacementWrite[] = [];
  placed = 0;
  proposed = 0;
  known = 0;
  readonly problems: Problem[] = [];
  problemsTotal = 0;
  /** Ids planned so far, with the row that planned each: a second row for one entity is refused in any batch. */
  readonly planned = new Map<string, number>();
  /** Firms a project of the file was linked to, recorded once for the undo. */
  readonly linkedFirms = new Set<string>();
  readonly touched: TouchedPlaces = { regions: new Set(), parks: new Set(), entities: 0, projects: false };

  constructor(readonly problemsListed: number) {}

  /** Rows refused: by the check (`checked`), and by the plan. */
  refused(checked: number): number {
    return checked + this.counts.planRefused;
  }

  addPlans(plans: { op: Op }[], problems: Problem[]): void {
    for (const plan of plans) this.counts[plan.op]++;
    this.problemsTotal += problems.length;
    this.counts.planRefused += problems.filter((p) => p.severity === 'refuse').length;
    this.problems.push(...problems.slice(0, Math.max(0, this.problemsListed - this.problems.length)));
  }

  addPlacements(rows: RowPlacement[], plan: PlacementPlan): void {
    for (const row of rows) {
      this.totals.rows++;
      for (const proposal of row.proposals) proposal.decision === 'accept' ? this.totals.accepted++ : this.totals.review++;
      if (row.unplaced) this.totals.unplaced++;
      const list = row.unplaced ? this.unplacedRows : row.proposals.length > 0 ? this.placedRows : null;
      if (list && list.length < ROWS_LISTED) list.push(row);
    }
    for (const write of plan.writes) write.accept ? this.placed++ : this.proposed++;
    this.writes.push(...plan.writes.slice(0, Math.max(0, PLACEMENTS_LISTED - this.writes.length)));
    this.known += plan.known;
  }
}

/** One batch's plan: what changes in its firms or projects, and where it places them. */
interface BatchPlan {
  firms: FirmPlan[];
  projects: ProjectPlan[];
  placements: PlacementPlan;
}

/** The Source's record of what the import did, from the tally so far. */
function sourceOf(id: string, file: FileFacts, kind: ColumnMapping['kind'], now: Date, options: ImportOptions, tally: Tally, rows: RowCounts, rosterKey: string | null): ImportSource {
  return {
    id,
    title: file.name,
    file: file.name,
    sha256: file.sha256,
    fileKind: kind,
    importedAt: now.toISOString(),
    importedBy: importer(options),
    ...countsOf(tally, rows, rosterKey),
  };
}

/** The file's rows read and refused by the check: the preview's at the end, those so far before. */
type RowCounts = Pick<Preview['counts'], 'read' | 'refused'>;

function countsOf(tally: Tally, rows: RowCounts, rosterKey: string | null) {
  return {
    rowCount: rows.read,
    newCount: tally.counts.new,
    changedCount: tally.counts.changed,
    unchangedCount: tally.counts.unchanged,
    refusedCount: tally.refused(rows.refused),
    rosterKey,
    placedCount: tally.placed,
    proposedCount: tally.proposed,
  };
}

/** Who imports: the name given, else the user running the process. */
export const importer = (options: Pick<ImportOptions, 'by'>) => options.by ?? os.userInfo().username;

/**
 * Imports a roster or ledger: reads and checks it against the graph's region tree, plans each
 * accepted row against what the graph holds (new, changed or unchanged), and — unless a dry run,
 * or nothing differs — writes it with its provenance and what its undo needs, then derives the
 * presence and relatedness rows of the places it touched again (derive/derive-touched.ts).
 *
 * The file is read once, as a stream, and planned and written `batchRows` rows at a time, so that
 * a million-row roster never sits in memory and no transaction grows past what Neo4j holds. What
 * holds for a whole file still holds: duplicates within it (the check's keys and the planned ids
 * are the file's), one Source with the file's counts, one roster, one derive at the end. Each
 * batch is its own transaction, tagged with the import's id like everything an import writes; if
 * the import fails after a batch was committed, it is undone by that id (import/undo/) before the
 * error is thrown, so the graph is left as it was. Should the undo fail too (the database went
 * away), the import stays listed by `--list`, and `--undo ID` removes it.
 */
export async function importFile(db: Database, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const [regions, facts] = await Promise.all([loadRegionIndex(db), fileFacts(file)]);
  const now = options.now ?? new Date();
  const id = importId(now, facts.sha256);
  const stamp = new ImportStamp(id, facts.name);
  const batchRows = options.batchRows ?? 20_000;
  const tally = new Tally(options.problemsListed ?? 500);
  const progress: ImportProgress = { phase: 'reading', rowsRead: 0, rowsPlanned: 0 };
  const tell = (phase: ImportProgress['phase']) => options.onProgress?.({ ...progress, phase });
  // Known with the first row: the file's kind and edition from its header, the classifier from the graph.
  let file_: { kind: ColumnMapping['kind']; edition: EditionChoice | null; request: RosterRequest | null; classifier: Classifier } | null = null;
  const begin = async (mapping: ColumnMapping) => {
    file_ = {
      kind: mapping.kind,
      edition: mapping.kind === 'firms' ? industryEdition(mapping, options.industryEdition) : null,
      request: rosterRequest(options, mapping.kind),
      classifier: new Classifier(await readClassificationRules(db)),
    };
    return file_;
  };
  let sourceWritten = false;
  let batch: (FirmRecord | ProjectRecord)[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  const started = performance.now();

  const runBatch = async (records: (FirmRecord | ProjectRecord)[]): Promise<void> => {
    const { kind, edition, classifier } = file_!;
    const problems: Problem[] = [];
    const firms = kind === 'firms' ? await planFirms(db, records as FirmRecord[], stamp, problems, edition!.edition, tally.planned) : [];
    const projects = kind === 'projects' ? await planProjects(db, records as ProjectRecord[], stamp, problems, tally.planned) : [];
    const plans: { id: string; row: number; op: Op }[] = kind === 'firms' ? firms : projects;
    tally.addPlans(plans, problems);
    tally.counts.linked += projects.filter((p) => p.firm !== null).length;
    // A row refused by the plan is not placed.
    const planOfRow = new Map(plans.map((p) => [p.row, p]));
    const placed: { entity: string; created: boolean; placement: RowPlacement }[] = [];
    for (const record of records) {
      const plan = planOfRow.get(record.rowNumber);
      if (plan === undefined) continue;
      const placement = edition ? placeFirm(classifier, record as FirmRecord, edition.edition) : placeProject(classifier, record as ProjectRecord);
      placed.push({ entity: plan.id, created: plan.op === 'new', placement });
    }
    const placements = await planPlacements(db, edition ? 'makes' : 'adds', placed);
    tally.addPlacements(placed.map((p) => p.placement), placements);
    if (!options.dryRun) {
      // The Source goes with the first batch that writes anything, so that a failure after it can be undone by id; its counts at the end.
      const source = sourceWritten ? undefined : sourceOf(id, facts, kind, now, options, tally, { read: progress.rowsRead, refused: 0 }, null);
      const wrote = await writeImportBatch(db, { importId: id, source, firms, projects, placements, linkedFirms: tally.linkedFirms, touched: tally.touched });
      sourceWritten ||= wrote;
    }
    progress.rowsPlanned += records.length;
    tell('reading');
  };

  let preview: Preview;
  try {
    preview = await previewFile(file, {
      ...options,
      regions,
      facts,
      onRecord: async (record, mapping) => {
        if (!file_) await begin(mapping);
        progress.rowsRead++;
        batch.push(record);
        if (batch.length < batchRows) return;
        // One batch is planned and written while the next is read and checked: two at most in memory.
        const full = batch;
        batch = [];
        await inFlight;
        inFlight = runBatch(full);
        // Awaited before the next batch or at the end; a failure is thrown there.
        inFlight.catch(() => undefined);
      },
    });
    await inFlight;
    const { kind } = file_ ?? (await begin(preview.mapping));
    if (batch.length > 0) await runBatch(batch);
    batch = [];

    const request = file_!.request;
    const roster = request ? await planRoster(db, regions, request, stamp) : null;
    const rosterChanged = roster !== null && roster.op !== 'unchanged';
    const { new: created, changed, unchanged, linked } = tally.counts;
    const counts: ImportCounts = { new: created, changed, unchanged, refused: tally.refused(preview.counts.refused), linked };
    const problems = [...preview.problems, ...tally.problems].sort((a, b) => a.rowNumber - b.rowNumber);
    const outcome: ImportOutcome = {
      id, preview, counts, roster: roster && { id: roster.id, op: roster.op, placeName: roster.placeName }, problems,
      problemsTotal: preview.problemsTotal + tally.problemsTotal,
      placements: {
        edition: file_!.edition,
        rows: [...tally.placedRows, ...tally.unplacedRows].sort((a, b) => a.row - b.row),
        totals: tally.totals,
        plan: { kind: kind === 'firms' ? 'makes' : 'adds', writes: tally.writes, known: tally.known, placed: tally.placed, proposed: tally.proposed },
      },
      written: null,
    };
    if (options.dryRun || (!sourceWritten && !rosterChanged)) {
      tell('done');
      return outcome;
    }
    tell('deriving');
    const rosterKey = rosterChanged ? roster.id : null;
    const { deriveMs, derive } = await finishImport(db, {
      id,
      create: sourceWritten ? null : sourceOf(id, facts, kind, now, options, tally, preview.counts, rosterKey),
      counts: countsOf(tally, preview.counts, rosterKey),
      roster,
      touched: tally.touched,
    });
    tell('done');
    return { ...outcome, written: { deriveMs, writeMs: Math.round(performance.now() - started), derive } };
  } catch (error) {
    await inFlight.catch(() => undefined);
    if (sourceWritten) await undoImport(db, id).catch(() => undefined);
    throw error;
  }
}
