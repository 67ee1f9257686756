import { figureText, indicatorName, localName } from '../../lib/i18n/common-messages';
import { i18n, translator, type Messages } from '../../lib/i18n/i18n.svelte';

/** Text of the place dashboard. */
const messages: Messages<
  | 'title' | 'search' | 'pick' | 'notFound' | 'breadcrumb' | 'country'
  | 'total.firms' | 'total.projects' | 'total.investment' | 'total.parks'
  | 'focuses' | 'noFocuses' | 'openMap'
  | 'parks' | 'noParks' | 'firms' | 'noFirms' | 'projects' | 'noProjects' | 'project' | 'status' | 'investment' | 'total'
  | 'projectTotals.all' | 'projectTotals.some' | 'projectTotals.none' | 'withAmount'
  | 'showing' | 'allProjects'
  | 'figures' | 'noFigures' | 'indicator' | 'period' | 'value' | 'noPeriod' | 'chartLabel' | 'notReported'
  | 'figure.forecast' | 'figure.benchmark' | 'figure.source'
  | 'compare' | 'compareSearch' | 'compareClear' | 'compareRegionOnly' | 'chains' | 'coverage' | 'notFocused'
> = {
  zh: {
    title: '区域看板',
    search: '搜索区域或园区…',
    pick: '搜索一个区域或园区，查看它的产业链、园区、企业、项目和指标。',
    notFound: '找不到这个区域或园区。',
    breadcrumb: '所在位置',
    country: '全国',
    'total.firms': '企业',
    'total.projects': '项目',
    'total.investment': '项目总投资',
    'total.parks': '园区',
    focuses: '重点产业链',
    noFocuses: '暂无重点产业链',
    openMap: '查看产业链地图',
    parks: '园区',
    noParks: '暂无园区',
    firms: '企业',
    noFirms: '暂无企业',
    projects: '招商项目',
    noProjects: '暂无项目',
    project: '项目',
    status: '状态',
    investment: '投资额',
    total: '合计',
    // A total says how many projects it covers: those the sources give no amount for are not 0.
    'projectTotals.all': '{count} 个项目均有金额，合计 {amount}',
    'projectTotals.some': '{count} 个项目中 {with} 个有金额，合计 {amount}',
    'projectTotals.none': '{count} 个项目均无金额，总投资未知',
    withAmount: '{count} 个项目中 {with} 个有金额',
    showing: '显示 {shown} / {total}',
    allProjects: '在项目库中查看全部',
    figures: '指标',
    noFigures: '暂无指标',
    indicator: '指标',
    period: '时期',
    value: '数值',
    noPeriod: '未注明',
    chartLabel: '{indicator}各时期数值',
    notReported: '未报告',
    // A tag of the label, not the value: a forecast's 预计 sits beside its indicator (common-messages' qualifier.forecast wraps a value).
    'figure.forecast': '预计',
    'figure.benchmark': '对比{name}',
    'figure.source': '来源：{title}',
    compare: '与其他区域对比',
    compareSearch: '搜索要对比的区域…',
    compareClear: '取消对比',
    compareRegionOnly: '对比仅支持行政区域。',
    chains: '产业链覆盖（{coverages}）',
    coverage: '{present} / {thin} / {coming} / {missing} / {unknown}',
    notFocused: '非重点',
  },
  en: {
    title: 'Place dashboard',
    search: 'Search a region or park…',
    pick: 'Search a region or park to see its chains, parks, firms, projects and figures.',
    notFound: 'No such region or park.',
    breadcrumb: 'Breadcrumb',
    country: 'China',
    'total.firms': 'Firms',
    'total.projects': 'Projects',
    'total.investment': 'Total investment',
    'total.parks': 'Parks',
    focuses: 'Focused chains',
    noFocuses: 'No focused chains',
    openMap: 'Open the chain map',
    parks: 'Parks',
    noParks: 'No parks',
    firms: 'Firms',
    noFirms: 'No firms',
    projects: 'Projects',
    noProjects: 'No projects',
    project: 'Project',
    status: 'Status',
    investment: 'Investment',
    total: 'Total',
    'projectTotals.all': '{count} projects, all with an amount, {amount} in total',
    'projectTotals.some': '{with} of {count} projects with an amount, {amount} in total',
    'projectTotals.none': 'None of the {count} projects gives an amount: total unknown',
    withAmount: '{with} of {count} projects with an amount',
    showing: 'Showing {shown} of {total}',
    allProjects: 'See them all in the project list',
    figures: 'Figures',
    noFigures: 'No figures',
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    noPeriod: 'not stated',
    chartLabel: '{indicator} by period',
    notReported: 'not reported',
    'figure.forecast': 'forecast',
    'figure.benchmark': 'vs {name}',
    'figure.source': 'source: {title}',
    compare: 'Compare with another region',
    compareSearch: 'Search a region to compare…',
    compareClear: 'Stop comparing',
    compareRegionOnly: 'Only regions can be compared.',
    chains: 'Chain coverage ({coverages})',
    coverage: '{present} / {thin} / {coming} / {missing} / {unknown}',
    notFocused: 'not focused',
  },
};

export const t = translator(messages);

/** What tells a figure apart from others of its indicator, as dashboard.ts reads it from the API. */
interface FigureFacts {
  indicatorName: string;
  indicatorNameEn: string;
  value: number;
  unit: string;
  qualifier?: string | null;
  scopeZh?: string | null;
  chain?: { name: string; nameEn: string } | null;
  segment?: { name: string; nameEn: string } | null;
  benchmark?: { name: string } | null;
}

/**
 * A figure's label: the indicator, then what it is about (chain, product, the subset the source
 * measured, the region it is compared with) and whether it is a forecast, e.g. 企业数 · 国家专精特新“小巨人”企业.
 * The sources word a scope in Chinese only, so the English interface shows it as they word it.
 */
export function figureLabel(o: FigureFacts): string {
  const parts = [indicatorName(o)];
  // A scope that names the chain or product already (大健康产业 for 大健康) says it in the source's words.
  const named = (thing: { name: string }) => i18n.locale === 'zh' && Boolean(o.scopeZh?.includes(thing.name));
  if (o.chain && !named(o.chain)) parts.push(localName(o.chain));
  if (o.segment && !named(o.segment)) parts.push(localName(o.segment));
  if (o.scopeZh) parts.push(o.scopeZh);
  if (o.benchmark) parts.push(t('figure.benchmark', { name: o.benchmark.name }));
  if (o.qualifier === 'forecast') parts.push(t('figure.forecast'));
  return parts.join(' · ');
}

/** A figure's value with its unit, and "more than" where the source says 余 or 超 (a forecast is said in its label). */
export function figureValue(o: FigureFacts): string {
  return figureText(o.value, o.unit, o.qualifier === 'more_than' ? o.qualifier : null);
}
