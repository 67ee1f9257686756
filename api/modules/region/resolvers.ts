import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId } from '../node/global-id.ts';
import { regionChildren } from './region-children.ts';
import { gbCode, normalizeRegionCode } from '../../../core/region-code.ts';

export const regionResolvers: Resolvers = {
  Query: {
    region: (_, { code }, { regions }) => regions.load(normalizeRegionCode(code)),
  },
  Region: {
    id: (region) => globalId('Region', region.code),
    gbCode: (region) => gbCode(region.code),
    parent: (region, _, { regions }) => (region.parentCode ? regions.load(region.parentCode) : null),
    children: (region, { first, after }, { regionChildPages }) => regionChildren(regionChildPages, region.code, first, after),
  },
};
