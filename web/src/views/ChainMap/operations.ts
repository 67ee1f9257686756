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
      missingCount
      segments {
        segment { id key name nameEn stage }
        coverage
        firmCount
        firms { id name }
        projects { id name status }
      }
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
        firmCount
        candidates {
          proximity
          projectCount
          investmentCny
          segmentCount
          firm { id name region { name } }
        }
        pipeline { id name status investmentCny }
      }
    }
  }
`);

/** Where the place could extend to, in any chain: asked apart because the product space takes longest. */
export const Opportunities = graphql(`
  query ChainMapOpportunities($regionCode: String, $parkId: ID) {
    extensionOpportunities(regionCode: $regionCode, parkId: $parkId, first: 20) {
      density
      leads { from { name nameEn } direction crossChain proximity }
      segment { id name nameEn chain { key name nameEn } }
    }
  }
`);
