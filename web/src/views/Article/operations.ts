import { graphql } from '../../generated';

/** An article's proposed facts: read and proposed by the server, nothing written. */
export const ArticleProposals = graphql(`
  query ArticleProposals($input: ArticleInput!, $language: Language) {
    articleProposals(input: $input, language: $language) {
      file
      title
      publishedOn
      script
      sentences
      proposals {
        kind
        fields { name value shown }
        sentence
        confidence
        zh: why(language: ZH)
        en: why(language: EN)
      }
    }
  }
`);

/** What the review mode shows of a kept article: its Source, its sentences and its proposals as decided so far. */
export const KeptArticleFields = graphql(`
  fragment KeptArticleFields on IngestedArticle {
    source { id key title publishedOn script importedAt importedBy }
    sentences
    pendingCount
    proposals { ...ArticleReviewItemFields }
  }
`);

/** One proposal of a kept article, and what deciding it answers. */
export const ArticleReviewItemFields = graphql(`
  fragment ArticleReviewItemFields on ArticleReviewItem {
    id
    kind
    status
    fields { name value shown }
    editable
    sentence
    confidence
    zh: why(language: ZH)
    en: why(language: EN)
    decidedBy
    decidedAt
  }
`);

/** Keeps the article for review: its proposals wait, pending, until each is decided. */
export const IngestArticle = graphql(`
  mutation IngestArticle($input: ArticleInput!, $language: Language) {
    ingestArticle(input: $input, language: $language) { ...KeptArticleFields }
  }
`);

/** A kept article, reopened by its Source's key. */
export const IngestedArticle = graphql(`
  query IngestedArticle($id: ID!) {
    ingestedArticle(id: $id) { ...KeptArticleFields }
  }
`);

/** Accepts (with the editor's corrections) or rejects one proposal of a kept article. */
export const DecideArticleProposal = graphql(`
  mutation DecideArticleProposal($input: DecideArticleProposalInput!, $language: Language) {
    decideArticleProposal(input: $input, language: $language) { ...ArticleReviewItemFields }
  }
`);

/** Undoes a kept article: what its accepted proposals wrote, and the article itself. */
export const UndoArticle = graphql(`
  mutation UndoArticle($id: ID!, $language: Language) {
    undoArticle(id: $id, language: $language) { id title deleted restored proposals }
  }
`);
