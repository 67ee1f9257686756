/** Which articles state a fact, each with the sentence it states it in; sorted by source id so reloads write the same lists. */
export interface Provenance {
  sources: string[];
  evidence: string[];
}

/**
 * Merges the entries that several articles (or one article, twice) give for the same id:
 * the first entry's fields win, aliases are united, and every (source, sentence) pair is kept once.
 */
export class MergedFacts<T extends object> {
  readonly #facts = new Map<string, { fact: T; pairs: Map<string, [string, string]> }>();

  add(key: string, fact: T, source: string, evidence: string): void {
    let merged = this.#facts.get(key);
    if (!merged) {
      merged = { fact, pairs: new Map() };
      this.#facts.set(key, merged);
    } else if ('aliases' in merged.fact && 'aliases' in fact) {
      const aliases = new Set([...(merged.fact.aliases as string[]), ...(fact.aliases as string[])]);
      merged.fact = { ...merged.fact, aliases: [...aliases] };
    }
    merged.pairs.set(`${source}\u0000${evidence}`, [source, evidence]);
  }

  rows(): (T & Provenance)[] {
    return [...this.#facts.values()].map(({ fact, pairs }) => {
      const sorted = [...pairs.values()].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
      return { ...fact, sources: sorted.map(([s]) => s), evidence: sorted.map(([, e]) => e) };
    });
  }
}
