import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { loadAll } from '../place.ts';
import { REGION_LIST_MAX } from './region-contents.ts';

/** How many of a region's parks, firms or projects to list: `first` is checked before anything is read. */
const listSize = (first: number | null | undefined) => pageSize(first, 50, REGION_LIST_MAX);

/** Region fields for what lies in a region: one batched query per level of a request. */
export const regionContentsResolvers: Resolvers = {
  Region: {
    parks: async (region, { first }, { regionContents, parks }) => {
      const size = listSize(first);
      return loadAll(parks, (await regionContents.load(region.code))?.parkIds.slice(0, size));
    },
    parkCount: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.parkCount ?? 0,
    firms: async (region, { first }, { regionContents, firms }) => {
      const size = listSize(first);
      return loadAll(firms, (await regionContents.load(region.code))?.firmIds.slice(0, size));
    },
    firmCount: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.firmCount ?? 0,
    projects: async (region, { first }, { regionContents, projects }) => {
      const size = listSize(first);
      return loadAll(projects, (await regionContents.load(region.code))?.projectIds.slice(0, size));
    },
    projectCount: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.projectCount ?? 0,
    focuses: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.focuses ?? [],
    observations: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.observations ?? [],
  },
};
