import type { FocusRole, ProjectStatus } from '../../generated/graphql';
import { figureText, money, roleName, statusName } from '../../lib/i18n/common-messages';
import { t } from './messages';

/** A field of a proposal, read or kept for review: the API gives both the same shape. */
type Field = { name: string; value: string; shown?: string | null };

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

/** A proposal's fields as the page lists them: a figure's value, unit and qualifier as one (10.4%, 超过10%, 3.2亿元). */
export function shownFields(proposal: { fields: readonly Field[] }): { name: string; label: string; text: string }[] {
  const byName = new Map(proposal.fields.map((field) => [field.name, field]));
  const value = byName.get('value');
  const unit = byName.get('unit');
  return proposal.fields
    .filter((field) => !(value && unit && (field.name === 'unit' || field.name === 'qualifier')))
    .map((field) => ({
      name: field.name,
      label: fieldName(field.name),
      text: field === value && unit ? figureText(Number(value.value), unit.value, byName.get('qualifier')?.value) : fieldText(field),
    }));
}

/** A reason as the page shows it: the words it quotes from the article (「…」) apart, to set as quotations. */
export function quotedParts(text: string): { text: string; quoted: boolean }[] {
  return text.split(/「([^」]*)」/).map((part, i) => ({ text: part, quoted: i % 2 === 1 })).filter((part) => part.text !== '');
}
