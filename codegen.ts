import type { CodegenConfig } from '@graphql-codegen/cli';
import { enumValues } from './api/graphql/enum-values.ts';

/** TypeScript types for the resolvers, generated from the SDL so that they are written once. */
const config: CodegenConfig = {
  schema: 'api/modules/**/*.graphql',
  silent: true,
  generates: {
    // The web app's operations, typed end to end: each view's operations.ts.
    'web/src/generated/': {
      documents: ['web/src/views/**/operations.ts', 'web/src/lib/**/operations.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string', JSON: 'unknown' } },
    },
    'api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../graphql/context.ts#Context',
        // Resolvers receive the query modules' records; the SDL types are what they answer.
        mappers: {
          Region: '../modules/region/region-store.ts#RegionRecord',
          Source: '../modules/source/source-store.ts#SourceRecord',
          Park: '../modules/park/park-store.ts#ParkRecord',
          Firm: '../modules/firm/firm-store.ts#FirmRecord',
          FirmRelation: '../modules/firm/firm-store.ts#FirmRelationRecord',
          Chain: '../modules/chain/chain-store.ts#ChainRecord',
          Segment: '../modules/chain/chain-store.ts#SegmentRecord',
          ChainFocus: '../modules/chain/chain-store.ts#FocusRecord',
          Project: '../modules/project/project-store.ts#ProjectRecord',
          Observation: '../modules/observation/observation-record.ts#ObservationRecord',
          SearchHit: '../modules/search/search-store.ts#SearchHitRecord',
          ChainMap: '../modules/chain-map/chain-coverage.ts#ChainCoverageRecord',
          SegmentCoverage: '../modules/chain-map/chain-coverage.ts#SegmentCoverageRecord',
          SegmentLink: '../modules/chain-map/chain-coverage.ts#SegmentLinkRecord',
          ChainGaps: '../modules/chain-map/chain-gaps.ts#ChainGapsRecord',
          ChainGap: '../modules/chain-map/chain-gaps.ts#ChainGapRecord',
          GapCandidate: '../modules/chain-map/chain-gaps.ts#GapCandidateRecord',
          ExtensionOpportunity: '../modules/extension/extension-opportunities.ts#ExtensionOpportunityRecord',
          ExtensionLead: '../modules/extension/extension-opportunities.ts#ExtensionLeadRecord',
          RegionComparison: '../modules/comparison/compare-regions.ts#RegionComparisonRecord',
          PlaceSummary: '../modules/comparison/compare-regions.ts#RegionFacts',
          ChainComparison: '../modules/comparison/compare-regions.ts#ChainComparisonRecord',
          ChainCoverageSummary: '../modules/comparison/compare-regions.ts#ChainCoverageSummaryRecord',
          FigureComparison: '../modules/comparison/compare-regions.ts#FigureComparisonRecord',
          FigureValue: '../modules/comparison/compare-regions.ts#FigureValueRecord',
          ProjectEdge: '../modules/listing/project-list.ts#ProjectEdgeRecord',
          ProjectChainGroup: '../modules/listing/project-list.ts#ProjectChainGroupRecord',
          FirmEdge: '../modules/listing/firm-list.ts#FirmEdgeRecord',
          FirmChainGroup: '../modules/listing/firm-list.ts#FirmChainGroupRecord',
        },
        enumValues,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
