import { graphql } from '../../generated';

/** One entity as a graph node: a path from a node to itself is that node alone. */
export const ExploreEntity = graphql(`
  query ExploreEntity($id: ID!) {
    paths(fromId: $id, toId: $id, maxHops: 1, first: 1) {
      nodes { id type label properties indicatorName indicatorNameEn }
    }
  }
`);

/** The neighbours of one node, bounded by `limit`; `omitted` counts the rest. */
export const ExploreNeighborhood = graphql(`
  query ExploreNeighborhood($id: ID!, $limit: Int!) {
    neighborhood(id: $id, depth: 1, limit: $limit) {
      nodes { id type label properties indicatorName indicatorNameEn }
      edges { id source target type }
      center
      omitted
    }
  }
`);

export const ExploreFigure = graphql(`
  fragment ExploreFigure on Observation {
    key
    indicator
    indicatorName
    indicatorNameEn
    period
    value
    unit
    scope
    qualifier
    sources { id title publisher publishedOn }
    evidence
  }
`);

/**
 * What the details panel shows of a node: its typed fields (enums, not the stored lowercase
 * values), figures, and sources with evidence. Observations and statements are no Node; the panel
 * reads their stored properties.
 */
export const ExploreDetails = graphql(`
  query ExploreDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Region { code regionLevel: level parent { name } observations { ...ExploreFigure } }
      ... on Park { aliases parkLevel: level region { name } note observations { ...ExploreFigure } sources { id title publisher publishedOn } evidence }
      ... on Firm { aliases region { name } park { name } makes { name nameEn } note sources { id title publisher publishedOn } evidence }
      ... on Project {
        aliases status investmentCny capacity signedOn
        chain { name nameEn }
        firm { name }
        place { ... on Region { name } ... on Park { name } }
        adds { name nameEn }
        note
        sources { id title publisher publishedOn }
        evidence
      }
      ... on Chain { name nameEn basis chainNote: note segments { id } }
      ... on Segment { name nameEn stage segmentChain: chain { name nameEn } }
      ... on Source { subtitle publisher publishedOn }
    }
  }
`);
