import { toSimplified } from '../../../core/chinese-script.ts';

/** Characters with a meaning in Lucene's query syntax, escaped so user text is only ever text. */
function escapeLucene(text: string): string {
  return text.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
}

export interface SearchQuery {
  /** The Lucene query for the fulltext index. */
  lucene: string;
  /** What counts as an exact match of a searchText line: the text as typed, lower-cased and in Simplified characters. */
  exact: string[];
}

/**
 * The fulltext query for what a user typed.
 * - Pinyin (letters only): a prefix query, so `xingan` finds xinganxian and `xg` finds xgx.
 * - One Chinese character: a prefix query, since the CJK analyzer indexes character pairs.
 * - Otherwise: the text as typed and in Simplified characters, each as a phrase (names are
 *   stored in Simplified; Traditional forms are among the aliases).
 */
export function searchQuery(text: string): SearchQuery {
  const typed = text.trim();
  const simplified = toSimplified(typed);
  const exact = [...new Set([typed.toLowerCase(), simplified.toLowerCase()])];
  if (/^[a-z]+$/i.test(typed)) return { lucene: `${typed.toLowerCase()}*`, exact };
  if (/^[\u4e00-\u9fff]$/.test(typed)) {
    return { lucene: [...new Set([typed, simplified])].map((c) => `${c}*`).join(' OR '), exact };
  }
  return { lucene: [...new Set([typed, simplified])].map((form) => `"${escapeLucene(form)}"`).join(' OR '), exact };
}
