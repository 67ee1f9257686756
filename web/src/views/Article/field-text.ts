import type { FocusRole, ProjectStatus } from '../../generated/graphql';
import { money, roleName, statusName } from '../../lib/i18n/common-messages';
import type { ArticleProposal } from './article-session.svelte';
import { t } from './messages';

type Field = ArticleProposal['fields'][number];

/** A proposal's field as the page shows it: a key by its name, an amount in 亿元/万元, a status or role in words. */
export function fieldText({ name, value, shown }: Field): string {
  switch (name) {
    case 'status':
      return statusName(value.toUpperCase() as ProjectStatus);
    case 'role':
      return roleName(value.toUpperCase() as FocusRole);
    case 'qualifier':
      return value === 'more_than' || value === 'forecast' ? t(`qualifier.${value}`) : value;
    case 'investmentCny':
      return money(Number(value));
    default:
      return shown ?? value;
  }
}

const FIELD_KEYS = new Set([
  'region', 'name', 'mention', 'known', 'park', 'firm', 'investmentCny', 'amountQualifier', 'capacity', 'status', 'signedOn',
  'chain', 'role', 'indicator', 'period', 'value', 'unit', 'qualifier', 'label',
] as const);

/** A field's name in the page's language; a field the page does not know shows as the API names it. */
export function fieldName(name: string): string {
  return FIELD_KEYS.has(name as never) ? t(`field.${name}` as Parameters<typeof t>[0]) : name;
}
