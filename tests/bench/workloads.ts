import type { Sample } from './samples.ts';

/** The peer operations (tests/bench/peer/operations.ts) that ask the same question as a workload. */
export type PeerOperationName = 'lookup' | 'projectsFilterAggregate' | 'nestedTraversal';

export interface Workload {
  name: string;
  /** A GraphQL document against our SDL, selecting what the web app would show. */
  query: string;
  variables(sample: Sample): Record<string, unknown>;
  /** The comparable peer operation, when the peer has one. */
  peer: PeerOperationName | null;
}

/**
 * The workloads, in report order. The selections follow the web app's own operations
 * (web/src/views/*\/operations.ts) where it has one, so the figures are those of real screens.
 */
export const workloads: readonly Workload[] = [
  {
    name: 'lookup',
    query: /* GraphQL */ `
      query BenchLookup($id: ID!) {
        firm(id: $id) {
          id
          name
          region { code name }
          park { id name }
          makes { id name stage chain { key name } }
        }
      }
    `,
    variables: (s) => ({ id: s.firmId }),
    peer: 'lookup',
  },
  {
    name: 'search',
    query: /* GraphQL */ `
      query BenchSearch($text: String!) {
        search(text: $text, first: 10) {
          type
          name
          score
          node { id }
        }
      }
    `,
    variables: (s) => ({ text: s.searchText }),
    peer: null,
  },
  {
    name: 'neighborhood',
    query: /* GraphQL */ `
      query BenchNeighborhood($id: ID!) {
        neighborhood(id: $id, depth: 1, limit: 50) {
          nodes { id type label properties }
          edges { id source target type }
          center
          omitted
        }
      }
    `,
    variables: (s) => ({ id: `Region:${s.regionCode}` }),
    peer: 'nestedTraversal',
  },
  {
    name: 'chainMap',
    query: /* GraphQL */ `
      query BenchChainMap($chainId: ID!, $regionCode: String!) {
        chainMap(chainId: $chainId, regionCode: $regionCode) {
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
            from { id key name stage chain { key name } }
            to { id key name stage chain { key name } }
          }
        }
      }
    `,
    variables: (s) => ({ chainId: s.chainId, regionCode: s.chainRegionCode }),
    peer: null,
  },
  {
    name: 'chainGaps',
    query: /* GraphQL */ `
      query BenchChainGaps($chainId: ID!, $regionCode: String!) {
        chainGaps(chainId: $chainId, regionCode: $regionCode) {
          gaps {
            segment { id name }
            coverage
            firmCount
            candidates {
              proximity
              projectCount
              investmentCny
              segmentCount
              reason
              firm { id name region { name } }
            }
            pipeline { id name status investmentCny }
          }
        }
      }
    `,
    variables: (s) => ({ chainId: s.chainId, regionCode: s.chainRegionCode }),
    peer: null,
  },
  {
    name: 'extensionOpportunities',
    query: /* GraphQL */ `
      query BenchExtensionOpportunities($regionCode: String!) {
        extensionOpportunities(regionCode: $regionCode, first: 20) {
          density
          explanation
          leads { from { name } direction crossChain proximity }
          segment { id name chain { key name } }
        }
      }
    `,
    variables: (s) => ({ regionCode: s.regionCode }),
    peer: null,
  },
  {
    name: 'projects',
    query: /* GraphQL */ `
      query BenchProjects($regionCode: String!, $status: ProjectStatus!) {
        projects(
          filter: { regionCode: $regionCode, status: [$status] }
          orderBy: { field: SIGNED_ON, direction: DESC }
          first: 20
        ) {
          totalCount
          aggregate {
            count
            totalInvestmentCny
            byStatus { status count investmentCny }
          }
          edges { node { id name status signedOn investmentCny } }
        }
      }
    `,
    // Latest signed first, as the peer's operation sorts; the API's enum is the stored status in capitals.
    variables: (s) => ({ regionCode: s.provinceCode, status: s.status.toUpperCase() }),
    peer: 'projectsFilterAggregate',
  },
];

/** The HTTP body of a GraphQL request: the same bytes for the in-process capture, HTTP and autocannon. */
export function requestBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}
