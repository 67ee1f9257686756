import { pinyin } from 'pinyin-pro';
import { toSimplified, toTraditional } from './chinese-script.ts';

/** Administrative suffixes a user leaves out: 新干县 is typed 新干, or xingan, or xg. */
const ADMIN_SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|县|区|盟|旗)$/;

function pinyinForms(text: string): string[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return [];
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  return [full, initials];
}

/**
 * Every form a user may type for an entity, one per line, for the fulltext index: its name and
 * aliases in Simplified and Traditional characters, and the name in full pinyin and initials,
 * with and without an administrative suffix (新干县: xinganxian, xgx, 新干, xingan, xg).
 */
export function searchText(name: string, aliases: string[] = []): string {
  const forms = new Set<string>();
  for (const form of [name, ...aliases]) {
    forms.add(form);
    forms.add(toTraditional(form));
    forms.add(toSimplified(form));
  }
  const short = name.replace(ADMIN_SUFFIX, '');
  if (short !== name && short.length >= 2) forms.add(short);
  for (const form of new Set([name, short])) for (const p of pinyinForms(form)) forms.add(p);
  return [...forms].filter(Boolean).join('\n');
}
