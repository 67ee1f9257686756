import { graphql } from '../../generated';

/** The chains to pick from. */
export const ChainList = graphql(`
  query ChainList {
    chains { id key name nameEn }
  }
`);

/** The picked place's name, to show it when the view is opened from a link. */
export const PlaceName = graphql(`
  query ChainMapPlaceName($code: String!, $parkId: ID!, $isRegion: Boolean!) {
    region(code: $code) @include(if: $isRegion) { id name }
    park(id: $parkId) @skip(if: $isRegion) { id name }
  }
`);

/** A chain in a place: segments with coverage, FEEDS links, and gaps with candidates. */
export const ChainMapData = graphql(`
  query ChainMapData($chainId: ID!, $regionCode: String, $parkId: ID) {
    chainMap(chainId: $chainId, regionCode: $regionCode, parkId: $parkId) {
      thinThreshold
      presentCount
      thinCount
      comingCount
      missingCount
      unknownCount
      segments {
        segment { id key name nameEn stage }
        coverage
        producerCount
        pipelineCount
        firms { id name }
        projects { id name status }
        figures { ...ChainMapFigure }
      }
      focuses { role evidence sources { id title } place { ... on Region { id name } ... on Park { id name } } }
      figures { ...ChainMapFigure }
      rosters { key title scope }
      links {
        crossChain
        from { id key name nameEn stage chain { key name nameEn } }
        to { id key name nameEn stage chain { key name nameEn } }
      }
    }
    chainGaps(chainId: $chainId, regionCode: $regionCode, parkId: $parkId) {
      gaps {
        segment { id }
        coverage
        bridging
        candidates {
          proximity
          projectCount
          investmentCny
          withInvestmentCount
          segmentCount
          firm { id name region { name } }
          path {
            nodes { __typename ... on Firm { id name } ... on Segment { id name nameEn } }
            edges { id source target type }
          }
        }
        pipeline { id name status investmentCny }
      }
    }
  }
`);

/** A figure the sources give of the chain or a segment, with the sentence it was read from. */
export const ChainMapFigure = graphql(`
  fragment ChainMapFigure on Observation {
    key
    indicatorName
    indicatorNameEn
    scopeZh
    period
    value
    unit
    qualifier
    evidence
  }
`);

/** Where the place could extend to, in any chain: asked apart because the product space takes longest. */
export const Opportunities = graphql(`
  query ChainMapOpportunities($regionCode: String, $parkId: ID, $chainId: ID) {
    extensionOpportunities(regionCode: $regionCode, parkId: $parkId, chainId: $chainId, first: 20) {
      density
      densityMeasured
      regionsWithData
      densityFloor
      leads { from { name nameEn } direction crossChain proximity strength }
      segment { id name nameEn chain { key name nameEn } }
    }
  }
`);
