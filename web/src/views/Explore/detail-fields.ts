import type { ExploreDetailsQuery } from '../../generated/graphql';
import type { SubgraphNode } from '../../lib/graph/to-elements';
import { figureText, indicatorName, localName as name, money, parkLevelName, regionLevelName, stageName, statusName, t as common } from '../../lib/i18n/common-messages';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { t } from './messages';

/** One labelled line of the details panel. */
export interface Field {
  key: string;
  label: string;
  value: string;
}

type Details = NonNullable<ExploreDetailsQuery['node']>;

/** The chain basis the templates carry (cypher/README.md); any other reads 未知. */
const GENERAL_KNOWLEDGE = 'general-industry-knowledge';

/**
 * What the details panel lists of a node, per kind, in the interface's language: labelled fields
 * with enum values translated and 未知 where the data has nothing. Internals (ids, region paths,
 * dataset keys, search text) are left out, and so is English-only text in Chinese: the reviewers'
 * notes and the reasons a statement was kept are shown in English alone.
 * `details` is the node's typed answer (Observation and Statement have none: their stored
 * properties are read instead).
 */
export function detailFields(node: SubgraphNode, details: Details | null | undefined): Field[] {
  const english = i18n.locale === 'en';
  const unknown = common('unknown');
  const fields: Field[] = [];
  const add = (key: Parameters<typeof t>[0], value: string | null | undefined) => fields.push({ key, label: t(key), value: value || unknown });
  const list = (key: Parameters<typeof t>[0], values: readonly string[]) => values.length && add(key, values.join('、'));
  const englishOnly = (key: Parameters<typeof t>[0], value: string | null | undefined) => english && value && add(key, value);
  const otherName = (named: { name: string }) => english && add('field.nameZh', named.name);

  if (node.type === 'Observation' || node.type === 'Statement') {
    const p = (node.properties ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
    if (node.type === 'Observation') {
      add('field.indicator', indicatorName(node));
      add('field.period', text('period'));
      add('field.value', typeof p.value === 'number' ? figureText(p.value, text('unit') ?? '', text('qualifier')) : null);
      if (text('scope')) add('field.scope', text('scope'));
      // The sentences the figure was read from, in the article's own characters.
      if (Array.isArray(p.evidence) && p.evidence.length) add('details.evidence', p.evidence.join(' '));
      englishOnly('field.note', text('note'));
    } else {
      add('field.text', text('text'));
      englishOnly('field.why', text('why'));
    }
    return fields;
  }
  if (!details || details.id !== node.id) return fields;

  switch (details.__typename) {
    case 'Region':
      add('field.code', details.code);
      add('field.level', regionLevelName(details.regionLevel));
      if (details.regionLevel !== 'PROVINCE') add('field.parent', details.parent?.name);
      break;
    case 'Park':
      add('field.level', parkLevelName(details.parkLevel));
      add('field.region', details.region?.name);
      list('field.aliases', details.aliases);
      englishOnly('field.note', details.note);
      break;
    case 'Firm':
      list('field.aliases', details.aliases);
      add('field.location', [details.park?.name, details.region?.name].filter(Boolean).join(' · '));
      add('field.makes', details.makes.map(name).join('、'));
      englishOnly('field.note', details.note);
      break;
    case 'Project':
      list('field.aliases', details.aliases);
      add('field.status', statusName(details.status));
      add('field.investment', details.investmentCny === null ? null : money(details.investmentCny));
      add('field.capacity', details.capacity);
      add('field.signedOn', details.signedOn);
      add('field.firm', details.firm?.name);
      add('field.place', details.place?.name);
      if (details.chain) add('field.chain', name(details.chain));
      list('field.adds', details.adds.map(name));
      englishOnly('field.note', details.note);
      break;
    case 'Chain':
      otherName(details);
      add('field.segments', String(details.segments.length));
      add('field.basis', details.basis === GENERAL_KNOWLEDGE ? t('basis.general') : null);
      englishOnly('field.note', details.chainNote);
      break;
    case 'Segment':
      otherName(details);
      add('field.stage', stageName(details.stage));
      add('field.chain', name(details.segmentChain));
      break;
    case 'Source':
      if (details.subtitle) add('field.subtitle', details.subtitle);
      add('field.publisher', details.publisher);
      add('field.publishedOn', details.publishedOn);
      break;
  }
  return fields;
}
