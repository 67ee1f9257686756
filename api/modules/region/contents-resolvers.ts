import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { localityFields } from '../place/place-fields.ts';
import { loadAll } from '../../loaders/load-all.ts';
import type { RegionRecord } from './region-store.ts';
import { REGION_LIST_MAX } from './region-contents.ts';

/** Region fields for what lies in a region and what it says itself: batched queries per level of a request. */
export const regionContentsResolvers: Resolvers = {
  Region: {
    ...localityFields(
      (region: RegionRecord, { regionContents }) => regionContents.load(region.code),
      (region: RegionRecord, { regionFacts }) => regionFacts.load(region.code),
      REGION_LIST_MAX,
    ),
    parks: async (region, { first }, { regionContents, parks }) => {
      const size = pageSize(first, 50, REGION_LIST_MAX);
      return loadAll(parks, (await regionContents.load(region.code))?.parkIds.slice(0, size));
    },
    parkCount: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.parkCount ?? 0,
  },
};
