import { graphql } from '../../generated';

/** Suggestions for the search box, shared by every view that picks an entity or a place. */
export const SearchSuggestions = graphql(`
  query SearchSuggestions($text: String!, $types: [EntityType!], $first: Int) {
    search(text: $text, types: $types, first: $first) {
      type
      name
      score
      node {
        __typename
        id
        ... on Region { code level parent { name } }
        ... on Park { key region { name } }
        ... on Firm { key }
        ... on Chain { key }
      }
    }
  }
`);

/** Who this browser is to the server (a reader or an editor), and whether the server takes editors at all. */
export const Viewer = graphql(`
  query Viewer {
    viewer { role editorsEnabled }
  }
`);
