import { toSimplified } from '../../core/chinese-script.ts';

/** One sentence of an article: as written, and a Simplified copy of the same length to match on. */
export interface Sentence {
  index: number;
  /** Sentences of one paragraph (one line of the text) share it. */
  paragraph: number;
  text: string;
  simplified: string;
}

// A sentence ends at 。！？; or at a line end (headings, captions); a ； ends a clause only.
const END = /[^。！？!?\n]+[。！？!?]*[”’」』]?/g;

/**
 * The article's sentences, each kept verbatim. OpenCC converts character by character for
 * these texts, so the Simplified copy lines up with the original; where it would not (a phrase
 * converted to one of another length) the sentence's own text is matched instead.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const source = text.normalize('NFC');
  let paragraph = 0;
  for (const match of source.matchAll(END)) {
    if (source[match.index - 1] === '\n') paragraph++;
    const sentence = match[0].replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
    if (!/\p{Script=Han}/u.test(sentence)) continue;
    // ﹔ (a small semicolon) separates clauses as ； does.
    const simplified = toSimplified(sentence).replace(/﹔/g, '；');
    sentences.push({ index: sentences.length, paragraph, text: sentence, simplified: simplified.length === sentence.length ? simplified : sentence });
  }
  return sentences;
}
