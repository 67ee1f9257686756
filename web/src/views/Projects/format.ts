import { i18n } from '../../lib/i18n/i18n.svelte';
import { t } from './messages';

/**
 * An amount in yuan as people read it: 亿元 and 万元 in Chinese, billions and millions in
 * English. At most two decimals, so 1024亿元 stays exact and 3.5亿元 is not 3.50.
 */
export function formatCny(yuan: number): string {
  const [big, small] = i18n.locale === 'zh' ? [1e8, 1e4] : [1e9, 1e6];
  const number = (n: number) => n.toLocaleString(i18n.locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
  if (Math.abs(yuan) >= big) return t('money.big', { n: number(yuan / big) });
  if (Math.abs(yuan) >= small) return t('money.small', { n: number(yuan / small) });
  return t('money.yuan', { n: number(yuan) });
}
