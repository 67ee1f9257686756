import { toSimplified, toTraditional } from '../../core/chinese-script.ts';

export type Script = 'simplified' | 'traditional';

/**
 * Which characters the article is written in: each Han character counts for Traditional if
 * OpenCC would simplify it, for Simplified if OpenCC would make it Traditional; the larger count
 * wins (a Traditional text still holds a few Simplified forms, such as 里 for 裡). A tie, as in a
 * text of characters both scripts share, is Simplified.
 */
export function detectScript(text: string): Script {
  const counts = new Map<string, number>();
  for (const [c] of text.matchAll(/\p{Script=Han}/gu)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let traditional = 0;
  let simplified = 0;
  for (const [c, n] of counts) {
    if (toSimplified(c) !== c) traditional += n;
    if (toTraditional(c) !== c) simplified += n;
  }
  return traditional > simplified ? 'traditional' : 'simplified';
}

/**
 * The shares of Han characters and of Japanese kana among the text's letters (Han, Latin,
 * Cyrillic, kana, Hangul, …); digits, punctuation and spaces do not count. Japanese writes many
 * Han characters too, so its kana tell it from Chinese.
 */
export function letterShares(text: string): { han: number; kana: number } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { han: 0, kana: 0 };
  const count = (re: RegExp) => (text.match(re)?.length ?? 0) / letters;
  return { han: count(/\p{Script=Han}/gu), kana: count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) };
}
