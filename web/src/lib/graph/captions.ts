import { figureText, indicatorName, relationName } from '../i18n/common-messages';
import { i18n } from '../i18n/i18n.svelte';
import type { SubgraphNode } from './to-elements';

/**
 * What the canvas writes on a node, in the interface's language: a figure by its indicator's name,
 * period and value in its unit (never the snake_case key the API's `label` carries); a chain or
 * segment by its English name in English; anything else by the API's caption (a name, a title).
 * Reading `i18n.locale` makes a `$derived` of it follow the language.
 */
export function nodeCaption(node: SubgraphNode): string {
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  const english = i18n.locale === 'en';
  if (node.type === 'Observation') {
    // The English names are one-sentence descriptions; their full stop has no place in a label.
    const name = indicatorName(node).replace(/\.$/, '');
    const value = typeof properties.value === 'number' ? figureText(properties.value, String(properties.unit ?? ''), properties.qualifier as string | null) : '';
    return [name, properties.period, value].filter(Boolean).join(' ') || node.label;
  }
  if (english && typeof properties.nameEn === 'string' && properties.nameEn) return properties.nameEn;
  return node.label;
}

/** The captions `toElements` writes on the canvas. */
export const captions = { node: nodeCaption, edge: relationName };
