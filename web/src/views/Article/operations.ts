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
