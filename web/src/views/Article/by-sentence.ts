/** One sentence of an article and what was read from it. */
export interface SentenceGroup<P> {
  index: number;
  text: string;
  proposals: P[];
}

/** The sentences that proposed something, in the article's order, each with its proposals. */
export function groupBySentence<P extends { sentence: number }>(proposals: readonly P[], sentences: readonly string[]): SentenceGroup<P>[] {
  const groups = new Map<number, P[]>();
  for (const proposal of proposals) groups.set(proposal.sentence, [...(groups.get(proposal.sentence) ?? []), proposal]);
  return [...groups].sort((a, b) => a[0] - b[0]).map(([index, grouped]) => ({ index, text: sentences[index] ?? '', proposals: grouped }));
}
