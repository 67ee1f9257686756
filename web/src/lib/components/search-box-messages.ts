import { translator, type Messages } from '../i18n/i18n.svelte';

const messages: Messages<'placeholder' | 'noHits' | 'label'> = {
  zh: { placeholder: '搜索区域、园区、企业、产业链（支持拼音、繁体）', noHits: '没有匹配结果', label: '搜索' },
  en: { placeholder: 'Search regions, parks, firms, chains (pinyin and Traditional work)', noHits: 'No matches', label: 'Search' },
};

export const t = translator(messages);
