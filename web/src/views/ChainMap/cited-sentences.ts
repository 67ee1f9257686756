/** A sentence the sources give, once, with the titles of the sources that give it (none when all come from one source). */
export interface CitedSentence {
  sentence: string;
  titles: string[];
}

/**
 * A fact's evidence as the chain map quotes it: `sources` and `evidence` run side by side, and an
 * article kept for review and accepted adds a sentence the seed gives already (the same sentence,
 * another source), so each sentence is quoted once with all its sources. Sentences of one source
 * all come from it, so they name none, as the map quoted them before articles were kept.
 */
export function citedSentences(evidence: readonly string[], sources: readonly { title: string }[]): CitedSentence[] {
  const bySentence = new Map<string, string[]>();
  evidence.forEach((sentence, i) => {
    const titles = bySentence.get(sentence) ?? [];
    const title = sources[i]?.title;
    if (title && !titles.includes(title)) titles.push(title);
    bySentence.set(sentence, titles);
  });
  const several = new Set(sources.map((source) => source.title)).size > 1;
  return [...bySentence].map(([sentence, titles]) => ({ sentence, titles: several ? titles : [] }));
}
