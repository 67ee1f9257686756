import { searchText } from '../../core/search-text.ts';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { Problem } from '../check/problem.ts';
import type { FirmRecord } from '../check/records.ts';
import { RegionIndex } from '../check/region-index.ts';
import { diffProps, previousOf, type EntityPlan, type PreviousRel, type Props } from './entity-plan.ts';
import { findParks, pickPark } from './find-parks.ts';
import { newFirmId } from './identity.ts';
import type { ImportStamp } from './import-stamp.ts';

const matchFirms = cypher('import/match-firms');

interface FirmMatch {
  rowNumber: number;
  matchedBy: 'creditCode' | 'name' | 'alias';
  firm: Record<string, unknown> & { id: string; name: string };
  places: { park: string | null; region: string | null }[];
  locatedIn: PreviousRel[];
}

export interface FirmPlan extends EntityPlan {
  placeChanged: boolean;
  park: string | null;
  region: string;
  matchedBy: FirmMatch['matchedBy'] | null;
}

const BATCH = 1_000;

/** The registry fields a roster row gives a firm, as stored (null where the file says nothing). */
function firmProps(record: FirmRecord, edition: number): Props {
  const { industry } = record;
  return {
    name: record.name,
    creditCode: record.creditCode,
    creditCodeWarning: record.creditCodeWarning,
    legalRepresentative: record.legalRepresentative,
    foundedOn: record.foundedOn,
    registeredCapital: record.registeredCapital?.value ?? null,
    registeredCapitalCurrency: record.registeredCapital?.currency ?? null,
    status: record.status,
    address: record.address,
    industryCode: record.industryCode,
    industryCodeEdition: record.industryCode ? String(edition) : null,
    industryName: industry.class ?? industry.group ?? industry.division ?? industry.section,
    businessScope: record.businessScope,
    firmType: record.firmType,
    tags: record.tags.length > 0 ? record.tags : null,
    importNote: record.note,
  };
}

async function findMatches(db: Database, records: FirmRecord[]): Promise<Map<number, FirmMatch>> {
  const matches = new Map<number, FirmMatch>();
  const batches: FirmRecord[][] = [];
  for (let i = 0; i < records.length; i += BATCH) batches.push(records.slice(i, i + BATCH));
  // Two reads at a time: Neo4j works on one while the driver decodes the other.
  for (let i = 0; i < batches.length; i += 2) {
    const found = await Promise.all(
      batches.slice(i, i + 2).map((batch) => db.read<FirmMatch>(matchFirms, { rows: batch.map((r) => ({ rowNumber: r.rowNumber, creditCode: r.creditCode, name: r.name, region: r.regionCode })) })),
    );
    for (const match of found.flat()) matches.set(match.rowNumber, match);
  }
  return matches;
}

/** Whether the firm already sits where the row puts it; a firm in a park of the row's region stays there when the row names no park. */
function samePlace(current: FirmMatch['places'], park: string | null, region: string, rowNamesPark: boolean): boolean {
  if (current.length !== 1) return false;
  const [place] = current as [FirmMatch['places'][number]];
  if (park) return place.park === park;
  if (place.park) return !rowNamesPark && place.region !== null && RegionIndex.within(place.region, region);
  return place.region === region;
}

/**
 * What a roster import does to each firm: a firm's identity is its credit code, else its name
 * (or alias) within its region. New firms get every field; an existing one only the fields whose
 * values differ, with their values before kept for the undo; a firm the file states as the graph
 * has it is left alone. An import plans its file a batch at a time: `planned` (each firm's id and
 * the row that planned it) is the file's, so a second row for one firm is refused in any batch.
 */
export async function planFirms(
  db: Database, records: FirmRecord[], stamp: ImportStamp, problems: Problem[], edition = 2017, planned = new Map<string, number>(),
): Promise<FirmPlan[]> {
  const [matches, parks] = await Promise.all([findMatches(db, records), findParks(db, records.flatMap((r) => (r.park ? [r.park] : [])))]);
  const plans: FirmPlan[] = [];
  for (const record of records) {
    const match = matches.get(record.rowNumber) ?? null;
    const id = match?.firm.id ?? newFirmId(record.creditCode, record.regionCode, record.name);
    const firstRow = planned.get(id);
    if (firstRow !== undefined) {
      problems.push({ code: 'sameEntity', severity: 'refuse', rowNumber: record.rowNumber, column: null, value: record.name, params: { firstRow, kind: 'firms' } });
      continue;
    }
    planned.set(id, record.rowNumber);
    const park = pickPark(parks, record.park, record.regionCode);
    if (record.park && !park) {
      problems.push({ code: 'parkNotFound', severity: 'warn', rowNumber: record.rowNumber, column: null, value: record.park, params: { placedIn: 'region' } });
    }
    const wanted = firmProps(record, edition);
    const place = { park: park?.id ?? null, region: record.regionCode };
    const stamped = stamp.provenance(record.rowNumber);
    if (!match) {
      plans.push({
        op: 'new', id, row: record.rowNumber, matchedBy: null, placeChanged: true, ...place,
        props: { ...wanted, aliases: [], searchText: searchText(record.name), ...stamped, sources: [stamp.id], evidence: [stamp.evidence(record.rowNumber)] },
        previous: null, relTypes: [], previousRels: [],
      });
      continue;
    }
    // A firm found by an alias keeps its name; the file's name is one of its names already.
    if (match.matchedBy === 'alias') wanted.name = match.firm.name;
    const { changed, previous } = diffProps(match.firm, wanted);
    const placeChanged = !samePlace(match.places, place.park, place.region, record.park !== null);
    if (Object.keys(changed).length === 0 && !placeChanged) {
      plans.push({ op: 'unchanged', id, row: record.rowNumber, matchedBy: match.matchedBy, placeChanged: false, ...place, props: {}, previous: null, relTypes: [], previousRels: [] });
      continue;
    }
    const sources = (match.firm.sources as string[] | undefined) ?? [];
    const evidence = (match.firm.evidence as string[] | undefined) ?? [];
    const bookkeeping: Props = { ...stamped, sources: [...sources, stamp.id], evidence: [...evidence, stamp.evidence(record.rowNumber)] };
    if ('name' in changed) bookkeeping.searchText = searchText(record.name, (match.firm.aliases as string[] | undefined) ?? []);
    plans.push({
      op: 'changed', id, row: record.rowNumber, matchedBy: match.matchedBy, placeChanged, ...place,
      props: { ...changed, ...bookkeeping },
      previous: { ...previous, ...previousOf(match.firm, Object.keys(bookkeeping)) },
      relTypes: placeChanged ? ['LOCATED_IN'] : [],
      previousRels: placeChanged ? match.locatedIn : [],
    });
  }
  return plans;
}
