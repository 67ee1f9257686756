export type Locale = 'zh' | 'en';
const STORAGE_KEY = 'chain-atlas.locale';

/** The interface language: Chinese by default, English on request, remembered in the browser. */
class I18n {
  locale = $state<Locale>(localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh');

  toggle() {
    this.locale = this.locale === 'zh' ? 'en' : 'zh';
    localStorage.setItem(STORAGE_KEY, this.locale);
    document.documentElement.lang = this.locale === 'zh' ? 'zh-CN' : 'en';
  }
}

export const i18n = new I18n();

/** A view's message file: the same keys in both languages. */
export interface Messages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

/**
 * Turns a message file into its `t(key, params)`: the text for the current language, with
 * `{name}` placeholders filled from `params`. Reading `i18n.locale` makes callers reactive.
 */
export function translator<K extends string>(messages: Messages<K>) {
  return (key: K, params: Record<string, string | number> = {}): string =>
    messages[i18n.locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
