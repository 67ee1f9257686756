import iconv from 'iconv-lite';
import { toSimplified } from '../../core/chinese-script.ts';

/** Punctuation of Chinese text, in both scripts' usage: common too. */
const PUNCTUATION = new Set('，。、；：？！“”‘’（）《》〈〉【】—…·「」『』﹔％');

/** Whether a Han character's Simplified form is among the 3,755 of GB 2312's first level (lead bytes B0–D7). */
function isCommonHan(c: string): boolean {
  const simplified = toSimplified(c);
  const bytes = iconv.encode(simplified, 'gb2312');
  return bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7 && iconv.decode(bytes, 'gb2312') === simplified;
}

/**
 * The share of a text's characters beyond ASCII (white space aside) that are common in Chinese
 * writing: Han characters of GB 2312's first level (the 3,755 of everyday writing) in either
 * script, and Chinese punctuation. A Chinese text decoded right scores near 1; GBK bytes read as
 * Big5, or Big5 as GBK, come out as rare characters, kana and box-drawing signs, well below.
 */
export function commonCharacterShare(text: string): number {
  const counts = new Map<string, number>();
  for (const [c] of text.matchAll(/[^\x00-\x7f\s\u3000\u00a0]/gu)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let all = 0;
  let common = 0;
  for (const [c, n] of counts) {
    all += n;
    if (PUNCTUATION.has(c) || (/\p{Script=Han}/u.test(c) && isCommonHan(c))) common += n;
  }
  return all === 0 ? 0 : common / all;
}
