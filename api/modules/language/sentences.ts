import type { Language } from '../../generated/resolvers-types.ts';

/** One sentence template per language: a module's API sentences are written once for each. */
export type Sentences<K extends string> = Record<Language, Record<K, string>>;

/** A module's sentences in one language, with `{name}` placeholders filled from `params`. */
export function sentence<K extends string>(sentences: Sentences<K>, language: Language, key: K, params: Record<string, string | number> = {}): string {
  return sentences[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}

/** 406亿元, 3.5亿元, 8000万元: amounts as the articles write them, in either language. */
export function formatYuan(yuan: number): string {
  if (yuan >= 1e8) return `${Number((yuan / 1e8).toFixed(2))}亿元`;
  if (yuan >= 1e4) return `${Number((yuan / 1e4).toFixed(2))}万元`;
  return `${yuan}元`;
}
