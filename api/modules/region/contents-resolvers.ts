import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadAll } from '../place.ts';

/** Region fields for what lies in a region: one batched query per level of a request. */
export const regionContentsResolvers: Resolvers = {
  Region: {
    parks: async (region, _, { regionContents, parks }) => loadAll(parks, (await regionContents.load(region.code))?.parkIds),
    firms: async (region, _, { regionContents, firms }) => loadAll(firms, (await regionContents.load(region.code))?.firmIds),
    projects: async (region, _, { regionContents, projects }) =>
      loadAll(projects, (await regionContents.load(region.code))?.projectIds),
    focuses: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.focuses ?? [],
    observations: async (region, _, { regionContents }) => (await regionContents.load(region.code))?.observations ?? [],
  },
};
