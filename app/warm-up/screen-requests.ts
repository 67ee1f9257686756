import { Kind, print, type DocumentNode } from 'graphql';
import { editorOnlyQueryFields } from '../../api/schema.ts';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import * as screens from '../../web/src/generated/graphql.ts';

const sampleScreenSubjects = cypher('database/sample-screen-subjects');

/** What sample-screen-subjects.cypher finds; null where the graph has no such subject. */
interface ScreenSubjects {
  countyCode: string | null;
  otherCountyCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  parkId: string | null;
  chainId: string | null;
  firmId: string | null;
  segmentId: string | null;
}

type ScreenOperation = { [K in keyof typeof screens]: K extends `${string}Document` ? K : never }[keyof typeof screens];

/**
 * Root fields only an editor may ask for: the screens that ask for them open for editors alone, so
 * a reader's warm-up cannot answer them.
 */
const EDITOR_ONLY_FIELDS = editorOnlyQueryFields();

/** Whether a reader opening the screen can send the operation: a query of fields readers may read (a warm-up never writes). */
function readerOperation(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      (definition.operation === 'query' && definition.selectionSet.selections.every((s) => s.kind !== Kind.FIELD || !EDITOR_ONLY_FIELDS.has(s.name.value))),
  );
}

/** The web app's reader operations, as codegen compiled them from web/src/**\/operations.ts. */
export const screenOperations = (Object.keys(screens) as (keyof typeof screens)[]).filter(
  (name) => name.endsWith('Document') && readerOperation(screens[name] as DocumentNode),
) as ScreenOperation[];

export interface ScreenRequest {
  name: string;
  operation: ScreenOperation;
  query: string;
  variables: Record<string, unknown>;
}

const present = <T>(value: T | null): value is T => value !== null;

/**
 * The requests the web app's screens send, on subjects of the graph: a county with its city and
 * province, a park, a chain, a firm and a segment. On a synthetic graph that is every operation
 * of screenOperations at least once; where the graph lacks a subject (the seed's busiest county
 * has no park), the requests about it are left out.
 */
export async function screenRequests(db: Database): Promise<ScreenRequest[]> {
  const [subjects] = await db.read<ScreenSubjects>(sampleScreenSubjects);
  const { countyCode, otherCountyCode, cityCode, provinceCode, parkId, chainId, firmId, segmentId } = subjects!;
  const request = (name: string, operation: ScreenOperation, variables: Record<string, unknown> = {}): ScreenRequest => ({
    name,
    operation,
    query: print(screens[operation] as DocumentNode),
    variables,
  });
  const ids = [parkId && `Park:${parkId}`, firmId && `Firm:${firmId}`, segmentId && `Segment:${segmentId}`, chainId && `Chain:${chainId}`].filter(present);
  return [
    ...[countyCode, cityCode, provinceCode].filter(present).flatMap((code) => [
      request(`place ${code}`, 'RegionDashboardDocument', { code }),
      request(`place ${code}: investment`, 'PlaceInvestmentDocument', { filter: { regionCode: code } }),
      ...(chainId ? [request(`chain map ${code}`, 'ChainMapDataDocument', { chainId, regionCode: code })] : []),
      ...(chainId ? [request(`chain map ${code}: opportunities`, 'ChainMapOpportunitiesDocument', { regionCode: code, chainId })] : []),
      request(`projects ${code}`, 'ProjectsPageDocument', { filter: { regionCode: code }, first: 50 }),
      request(`explore Region:${code}`, 'ExploreNeighborhoodDocument', { id: `Region:${code}`, limit: 60 }),
      request(`explore Region:${code}: details`, 'ExploreDetailsDocument', { id: `Region:${code}` }),
    ]),
    ...(parkId
      ? [
          request('place of a park', 'ParkDashboardDocument', { id: parkId }),
          ...(chainId ? [request('chain map of a park', 'ChainMapDataDocument', { chainId, parkId })] : []),
          request('chain map of a park: name', 'ChainMapPlaceNameDocument', { code: '', parkId, isRegion: false }),
        ]
      : []),
    request('home: starting points', 'HomeStartingPointsDocument'),
    request('who is asking', 'ViewerDocument'),
    request('chain map: chains', 'ChainListDocument'),
    // The chain map opened with no place: the whole country.
    ...(chainId ? [request('chain map, whole country', 'ChainMapDataDocument', { chainId })] : []),
    ...(chainId ? [request('chain map, whole country: opportunities', 'ChainMapOpportunitiesDocument', { chainId })] : []),
    request('projects: whole country', 'ProjectsPageDocument', { first: 50 }),
    request('projects: chains', 'ProjectChainsDocument'),
    ...(countyCode
      ? [
          request('projects: place name', 'ProjectPlaceNameDocument', { code: countyCode, park: '', isRegion: true }),
          request('compare two counties', 'ComparePlacesDocument', { codes: [countyCode, otherCountyCode ?? countyCode] }),
        ]
      : []),
    ...ids.flatMap((id) => [
      request(`explore ${id}`, 'ExploreEntityDocument', { id }),
      request(`explore ${id}: neighbours`, 'ExploreNeighborhoodDocument', { id, limit: 60 }),
      request(`explore ${id}: details`, 'ExploreDetailsDocument', { id }),
    ]),
    request('search', 'SearchSuggestionsDocument', { text: '合成', first: 10 }),
  ];
}
