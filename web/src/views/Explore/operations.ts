import { graphql } from '../../generated';

/** One entity as a graph node: a path from a node to itself is that node alone. */
export const ExploreEntity = graphql(`
  query ExploreEntity($id: ID!) {
    paths(fromId: $id, toId: $id, maxHops: 1, first: 1) {
      nodes { id type label properties }
    }
  }
`);

/** The neighbours of one node, bounded by `limit`; `omitted` counts the rest. */
export const ExploreNeighborhood = graphql(`
  query ExploreNeighborhood($id: ID!, $limit: Int!) {
    neighborhood(id: $id, depth: 1, limit: $limit) {
      nodes { id type label properties }
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

/** What the details panel shows beyond the node's own properties: figures and sources with evidence. */
export const ExploreDetails = graphql(`
  query ExploreDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Region { observations { ...ExploreFigure } }
      ... on Park { observations { ...ExploreFigure } sources { id title publisher publishedOn } evidence }
      ... on Firm { sources { id title publisher publishedOn } evidence }
      ... on Project { sources { id title publisher publishedOn } evidence }
    }
  }
`);
