import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Characters with a meaning in Lucene's query syntax, escaped so user text is only ever text. */
function escapeLucene(text: string): string {
  return text.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
}

/**
 * The fulltext query for what a user typed: the text as typed and in Simplified characters
 * (names are stored in Simplified; Traditional forms are among the aliases), each as a phrase.
 */
export function luceneQuery(text: string): string {
  const forms = new Set([text.trim(), toSimplified(text.trim())]);
  return [...forms].map((form) => `"${escapeLucene(form)}"`).join(' OR ');
}
