import { graphql } from '../../generated';

/** What a row of the review queue shows of a proposal, and what deciding it answers. */
export const ProposalFields = graphql(`
  fragment ProposalFields on Proposal {
    id
    kind
    status
    method
    matched
    confidence
    row
    name
    source { key fileName }
    segment { id key name nameEn chain { id key name nameEn segments { id key name nameEn } } }
    movedTo { id name nameEn }
    decidedBy
    decidedAt
  }
`);

/** One page of the review queue. */
export const Proposals = graphql(`
  query Proposals($filter: ProposalFilter, $first: Int, $after: String) {
    proposals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ProposalFields } }
    }
  }
`);

/** Accepts, rejects or moves one proposal. */
export const DecideProposal = graphql(`
  mutation DecideProposal($input: DecideProposalInput!, $language: Language) {
    decideProposal(input: $input, language: $language) { ...ProposalFields }
  }
`);

/** The imports to filter the queue by. */
export const ReviewImports = graphql(`
  query ReviewImports {
    imports { key fileName importedAt }
  }
`);

/** The articles kept for review, newest first, with how many of their proposals wait. */
export const ReviewArticles = graphql(`
  query ReviewArticles {
    ingestedArticles { source { key title importedAt } pendingCount }
  }
`);
