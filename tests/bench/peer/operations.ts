/**
 * The operations the benchmark sends to the @neo4j/graphql peer (serve-neo4j-graphql.ts), in
 * that library's v7 syntax over neo4j-graphql.graphql. Each asks for what the matching workload
 * asks our API for.
 */

export interface PeerOperation<Sample> {
  query: string;
  variables(sample: Sample): Record<string, unknown>;
}

/** One firm, by id. */
export interface FirmSample {
  firmId: string;
}

/** Projects in a province (short code: `43`) with one stored status (`signed`, `in_production`…). */
export interface ProjectFilterSample {
  provinceCode: string;
  status: string;
}

/** A county, by short code (`360824`). */
export interface RegionSample {
  regionCode: string;
}

/** A firm by id with its place (a park or a region) and the segments it makes. */
export const lookup: PeerOperation<FirmSample> = {
  query: /* GraphQL */ `
    query PeerLookup($id: ID!) {
      firms(where: { id: { eq: $id } }) {
        id
        name
        place {
          __typename
          ... on Region { code name }
          ... on Park { id name }
        }
        segments { id name }
      }
    }
  `,
  variables: (sample) => ({ id: sample.firmId }),
};

/**
 * Projects whose regionPath holds the province and whose status is the one given: the first 20
 * by signing date, latest first (ties by id), with the count and the investment summed over every
 * match. The connection's `aggregate` covers the whole filtered set, not only the page of `first`.
 * Cypher sorts nulls as the largest value, so projects without a date come first here.
 */
export const projectsFilterAggregate: PeerOperation<ProjectFilterSample> = {
  query: /* GraphQL */ `
    query PeerProjectsFilterAggregate($code: String!, $status: String!) {
      projectsConnection(
        where: { regionPath: { includes: $code }, status: { eq: $status } }
        sort: [{ signedOn: DESC }, { id: ASC }]
        first: 20
      ) {
        aggregate {
          count { nodes }
          node { investmentCny { sum } }
        }
        edges {
          node { id name status signedOn investmentCny }
        }
      }
    }
  `,
  variables: (sample) => ({ code: sample.provinceCode, status: sample.status }),
};

/**
 * A region by code → the first 50 firms located directly in it, by id → the segments each makes
 * → each segment's chain.
 */
export const nestedTraversal: PeerOperation<RegionSample> = {
  query: /* GraphQL */ `
    query PeerNestedTraversal($code: String!) {
      regions(where: { code: { eq: $code } }) {
        code
        name
        firms(limit: 50, sort: [{ id: ASC }]) {
          id
          name
          segments {
            id
            name
            chain { id name }
          }
        }
      }
    }
  `,
  variables: (sample) => ({ code: sample.regionCode }),
};

export const peerOperations = { lookup, projectsFilterAggregate, nestedTraversal } as const;
