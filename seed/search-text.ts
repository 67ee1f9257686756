import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Every form a user may type for an entity, one per line, for the fulltext index: its name and
 * aliases in Simplified and Traditional characters, so either script finds it.
 */
export function searchText(name: string, aliases: string[] = []): string {
  const forms = new Set<string>();
  for (const form of [name, ...aliases]) {
    forms.add(form);
    forms.add(toTraditional(form));
    forms.add(toSimplified(form));
  }
  return [...forms].join('\n');
}
