import { searchText } from '../../core/search-text.ts';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { Problem } from '../check/problem.ts';
import type { ProjectRecord } from '../check/records.ts';
import { diffProps, previousOf, type EntityPlan, type PreviousRel, type Props } from './entity-plan.ts';
import { findParks, pickPark } from './find-parks.ts';
import { projectId } from './identity.ts';
import type { ImportStamp } from './import-stamp.ts';

const matchProjects = cypher('import/match-projects');
const matchInvestors = cypher('import/match-investors');

interface ProjectMatch {
  rowNumber: number;
  project: Record<string, unknown> & { id: string; name: string };
  rels: PreviousRel[];
}

export interface ProjectPlan extends EntityPlan {
  placeChanged: boolean;
  park: string | null;
  region: string | null;
  firmChanged: boolean;
  /** The known firm its investor is, linked to (never a new firm). */
  firm: string | null;
}

const BATCH = 1_000;

function projectProps(record: ProjectRecord): Props {
  return {
    name: record.name,
    ledgerId: record.ledgerId,
    investmentCny: record.investmentCny,
    investmentAmount: record.investment?.value ?? null,
    investmentCurrency: record.investment?.currency ?? null,
    signedOn: record.signedOn,
    status: record.status,
    investor: record.investor,
    chainName: record.chain,
    segmentName: record.segment,
    liaison: record.liaison,
    importNote: record.note,
  };
}

/** A Lucene phrase query for a name, so the fulltext index finds it as written (quotes and backslashes escaped). */
const phrase = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** The known firm each investor names: by credit code, else exact name, else exact alias. */
async function findInvestors(db: Database, records: ProjectRecord[]): Promise<Map<string, string>> {
  const texts = [...new Set(records.flatMap((r) => (r.investor ? [r.investor] : [])))];
  const found = new Map<string, string>();
  for (let i = 0; i < texts.length; i += BATCH) {
    const investors = texts.slice(i, i + BATCH).map((text) => ({ text, phrase: phrase(text) }));
    for (const row of await db.read<{ text: string; ids: string[] }>(matchInvestors, { investors })) found.set(row.text, row.ids[0]!);
  }
  return found;
}

/**
 * What a ledger import does to each project: its identity is its ledger number where the file has
 * one, else its name within its place (a park, else a county). Its investor is linked when it is a
 * firm the graph knows, and kept as text otherwise. `planned` (each project's id and the row that
 * planned it) is the file's, as in planFirms, when the file is planned a batch at a time.
 */
export async function planProjects(db: Database, records: ProjectRecord[], stamp: ImportStamp, problems: Problem[], planned = new Map<string, number>()): Promise<ProjectPlan[]> {
  const [parks, investors] = await Promise.all([findParks(db, records.flatMap((r) => (r.park ? [r.park] : []))), findInvestors(db, records)]);
  const placed: { record: ProjectRecord; id: string; park: string | null; region: string | null }[] = [];
  for (const record of records) {
    const park = pickPark(parks, record.park, record.regionCode);
    if (record.park && !park) {
      const placedIn = record.regionCode ? 'region' : 'nowhere';
      problems.push({ code: 'parkNotFound', severity: placedIn === 'region' ? 'warn' : 'refuse', rowNumber: record.rowNumber, column: null, value: record.park, params: { placedIn } });
      if (!record.regionCode) continue;
    }
    if (record.investor && !investors.has(record.investor)) {
      problems.push({ code: 'investorNotFound', severity: 'warn', rowNumber: record.rowNumber, column: null, value: record.investor, params: {} });
    }
    const place = { park: park?.id ?? null, region: park ? null : record.regionCode };
    placed.push({ record, id: projectId(record.ledgerId, place, record.name), ...place });
  }

  const matches = new Map<number, ProjectMatch>();
  for (let i = 0; i < placed.length; i += BATCH) {
    const rows = placed.slice(i, i + BATCH).map((p) => ({ rowNumber: p.record.rowNumber, id: p.id, name: p.record.name, park: p.park, region: p.region }));
    for (const match of await db.read<ProjectMatch>(matchProjects, { rows })) matches.set(match.rowNumber, match);
  }

  const plans: ProjectPlan[] = [];
  for (const { record, park, region, ...rest } of placed) {
    const match = matches.get(record.rowNumber);
    const id = match?.project.id ?? rest.id;
    const firstRow = planned.get(id);
    if (firstRow !== undefined) {
      problems.push({ code: 'sameEntity', severity: 'refuse', rowNumber: record.rowNumber, column: null, value: record.name, params: { firstRow, kind: 'projects' } });
      continue;
    }
    planned.set(id, record.rowNumber);
    const firm = record.investor ? (investors.get(record.investor) ?? null) : null;
    const wanted = projectProps(record);
    if (!match) {
      plans.push({
        op: 'new', id, row: record.rowNumber, placeChanged: true, park, region, firmChanged: firm !== null, firm,
        props: { ...wanted, aliases: [], searchText: searchText(record.name), ...stamp.provenance(record.rowNumber), sources: [stamp.id], evidence: [stamp.evidence(record.rowNumber)] },
        previous: null, relTypes: [], previousRels: [],
      });
      continue;
    }
    const currentPlace = match.rels.filter((r) => r.type === 'IN');
    const currentFirm = match.rels.filter((r) => r.type === 'BY');
    const placeChanged = !(currentPlace.length === 1 && currentPlace[0]!.key === (park ?? region));
    // A firm the file cannot name does not unlink the one the graph knows.
    const firmChanged = firm !== null && !(currentFirm.length === 1 && currentFirm[0]!.key === firm);
    const { changed, previous } = diffProps(match.project, wanted);
    if (Object.keys(changed).length === 0 && !placeChanged && !firmChanged) {
      plans.push({ op: 'unchanged', id, row: record.rowNumber, placeChanged, park, region, firmChanged, firm, props: {}, previous: null, relTypes: [], previousRels: [] });
      continue;
    }
    const bookkeeping: Props = {
      ...stamp.provenance(record.rowNumber),
      sources: [...((match.project.sources as string[] | undefined) ?? []), stamp.id],
      evidence: [...((match.project.evidence as string[] | undefined) ?? []), stamp.evidence(record.rowNumber)],
    };
    if ('name' in changed) bookkeeping.searchText = searchText(record.name, (match.project.aliases as string[] | undefined) ?? []);
    const relTypes = [...(placeChanged ? (['IN'] as const) : []), ...(firmChanged ? (['BY'] as const) : [])];
    plans.push({
      op: 'changed', id, row: record.rowNumber, placeChanged, park, region, firmChanged, firm,
      props: { ...changed, ...bookkeeping },
      previous: { ...previous, ...previousOf(match.project, Object.keys(bookkeeping)) },
      relTypes,
      previousRels: match.rels.filter((r) => (relTypes as string[]).includes(r.type)),
    });
  }
  return plans;
}
