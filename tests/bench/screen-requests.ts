import { print, type DocumentNode } from 'graphql';
import { cypher } from '../../api/db/cypher-files.ts';
import type { Database } from '../../api/db/database.ts';
import * as screens from '../../web/src/generated/graphql.ts';

const sampleScreenPlaces = cypher('bench/sample-screen-places');

interface ScreenPlaces {
  countyCode: string;
  otherCountyCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  parkId: string;
  chainId: string;
  firmId: string;
  segmentId: string;
}

type ScreenOperation = { [K in keyof typeof screens]: K extends `${string}Document` ? K : never }[keyof typeof screens];

/** The web app's operations, as codegen compiled them from web/src/**\/operations.ts. */
export const screenOperations = Object.keys(screens).filter((name) => name.endsWith('Document')) as ScreenOperation[];

export interface ScreenRequest {
  name: string;
  operation: ScreenOperation;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Every request the web app's screens send (each of screenOperations at least once), on
 * places of a synthetic graph: a county with its city and province, a park, a chain, a firm and a
 * segment. For checking that the screens answer on a generated graph, as users would open them.
 */
export async function screenRequests(db: Database): Promise<ScreenRequest[]> {
  const [places] = await db.read<ScreenPlaces>(sampleScreenPlaces);
  if (!places) throw new Error('The graph has no county with a park, a focus and a firm making a segment.');
  const { countyCode, parkId, chainId, firmId, segmentId } = places;
  const regionCodes = [countyCode, places.cityCode, places.provinceCode].filter((code): code is string => code !== null);
  const request = (name: string, operation: ScreenOperation, variables: Record<string, unknown> = {}): ScreenRequest => ({
    name,
    operation,
    query: print(screens[operation] as DocumentNode),
    variables,
  });
  return [
    ...regionCodes.flatMap((code) => [
      request(`place ${code}`, 'RegionDashboardDocument', { code }),
      request(`place ${code}: investment`, 'PlaceInvestmentDocument', { filter: { regionCode: code } }),
      request(`chain map ${code}`, 'ChainMapDataDocument', { chainId, regionCode: code }),
      request(`chain map ${code}: opportunities`, 'ChainMapOpportunitiesDocument', { regionCode: code }),
      request(`projects ${code}`, 'ProjectsPageDocument', { filter: { regionCode: code }, first: 50 }),
      request(`explore Region:${code}`, 'ExploreNeighborhoodDocument', { id: `Region:${code}`, limit: 60 }),
      request(`explore Region:${code}: details`, 'ExploreDetailsDocument', { id: `Region:${code}` }),
    ]),
    request('place of a park', 'ParkDashboardDocument', { id: parkId }),
    request('chain map of a park', 'ChainMapDataDocument', { chainId, parkId }),
    request('chain map of a park: name', 'ChainMapPlaceNameDocument', { code: '', parkId, isRegion: false }),
    request('chain map: chains', 'ChainListDocument'),
    request('projects: whole country', 'ProjectsPageDocument', { first: 50 }),
    request('projects: chains', 'ProjectChainsDocument'),
    request('projects: place name', 'ProjectPlaceNameDocument', { code: countyCode, park: '', isRegion: true }),
    ...[`Park:${parkId}`, `Firm:${firmId}`, `Segment:${segmentId}`, `Chain:${chainId}`].flatMap((id) => [
      request(`explore ${id}`, 'ExploreEntityDocument', { id }),
      request(`explore ${id}: neighbours`, 'ExploreNeighborhoodDocument', { id, limit: 60 }),
      request(`explore ${id}: details`, 'ExploreDetailsDocument', { id }),
    ]),
    request('compare two counties', 'ComparePlacesDocument', { codes: [countyCode, places.otherCountyCode ?? countyCode] }),
    request('search', 'SearchSuggestionsDocument', { text: '合成', first: 10 }),
  ];
}
