import { graphql } from '../../generated';

/** One page of the filtered project pipeline, with the figures over the whole filtered set. */
export const ProjectsPage = graphql(`
  query ProjectsPage($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      aggregate {
        count
        totalInvestmentCny
        withInvestmentCount
        byStatus { status count investmentCny withInvestmentCount }
      }
      edges {
        node {
          id
          name
          investmentCny
          capacity
          status
          signedOn
          firm { name }
          place {
            __typename
            ... on Region { name }
            ... on Park { name }
          }
          chain { name }
          adds { name chain { name } }
          sources { title }
        }
      }
    }
  }
`);

/** The chains to filter by. */
export const ProjectChains = graphql(`
  query ProjectChains {
    chains { key name }
  }
`);

/** The name of the place in the URL, to show it when the view opens from a link. */
export const ProjectPlaceName = graphql(`
  query ProjectPlaceName($code: String!, $park: ID!, $isRegion: Boolean!) {
    region(code: $code) @include(if: $isRegion) { name }
    park(id: $park) @skip(if: $isRegion) { name }
  }
`);
