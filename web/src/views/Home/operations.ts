import { graphql } from '../../generated';

/** The starting points: places and chains with data (with counts), and the source articles. */
export const HomeStartingPoints = graphql(`
  query HomeStartingPoints {
    startingPoints {
      placeCount
      places {
        __typename
        ... on Region { id code name level }
        ... on Park { id key name }
        ... on Locality { firmCount projectCount focuses { chain { key } } }
      }
      chains { chain { key name nameEn } placeCount firmCount projectCount }
      sources { key title publisher publishedOn }
    }
  }
`);
