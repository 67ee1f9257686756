import type { Coverage, FocusRole, ParkLevel, ProjectStatus, RegionLevel, Stage } from '../../generated/graphql';
import { i18n, translator, type Messages } from './i18n.svelte';

/**
 * Text shared by every view: the shell, states, entity types, and the one home of each list of
 * labels the data's values take (roles, levels, stages, statuses, coverages, relationships, units).
 */
const messages: Messages<
  | 'app.title' | 'app.tagline' | 'nav.explore' | 'nav.chain' | 'nav.place' | 'nav.projects' | 'lang.switch'
  | 'api.down' | 'api.retry' | 'state.loading' | 'state.empty' | 'state.error' | 'list.more'
  | 'type.Region' | 'type.Park' | 'type.Firm' | 'type.Chain' | 'type.Segment' | 'type.Project' | 'type.Source' | 'type.Observation' | 'type.Statement'
  | 'role.LEADING' | 'role.PILLAR' | 'role.KEY' | 'role.EMERGING' | 'role.CLUSTER' | 'role.none'
  | 'nav.home' | 'unknown'
  | 'level.PROVINCE' | 'level.CITY' | 'level.COUNTY'
  | 'parkLevel.NATIONAL' | 'parkLevel.PROVINCIAL' | 'parkLevel.OTHER'
  | 'stage.UPSTREAM' | 'stage.MIDSTREAM' | 'stage.DOWNSTREAM'
  | 'status.NEGOTIATING' | 'status.SIGNED' | 'status.UNDER_CONSTRUCTION' | 'status.IN_PRODUCTION' | 'status.COMPLETED' | 'status.none'
  | 'coverage.PRESENT' | 'coverage.THIN' | 'coverage.COMING' | 'coverage.MISSING' | 'coverage.UNKNOWN'
  | 'rel.PART_OF' | 'rel.IN' | 'rel.LOCATED_IN' | 'rel.FEEDS' | 'rel.MAKES' | 'rel.FOCUSES_ON' | 'rel.BY' | 'rel.ADDS'
  | 'rel.REPORTED' | 'rel.SUPPLIES' | 'rel.ACQUIRES' | 'rel.RESTRUCTURES' | 'rel.FROM' | 'rel.COVERS'
  | 'unit.cny' | 'unit.cny.wan' | 'unit.cny.yi' | 'unit.percent' | 'unit.percentage_points' | 'unit.rank' | 'unit.count'
  | 'unit.tonnes' | 'unit.gwh' | 'unit.ug_per_m3' | 'qualifier.more_than' | 'qualifier.forecast'
  | 'nav.import' | 'nav.article' | 'nav.review'
  | 'importKind.FIRMS' | 'importKind.PROJECTS'
  | 'method.industry-code' | 'method.keyword' | 'method.both' | 'method.ledger' | 'method.person'
  | 'proposalStatus.PENDING' | 'proposalStatus.ACCEPTED' | 'proposalStatus.REJECTED' | 'proposalStatus.MOVED'
  | 'sourceRow'
> = {
  zh: {
    'app.title': '产业链图谱',
    'app.tagline': '区域 · 园区 · 企业 · 产业链 · 招商项目',
    'nav.explore': '图谱探索',
    'nav.chain': '产业链地图',
    'nav.place': '区域看板',
    'nav.projects': '项目库',
    'lang.switch': 'English',
    'api.down': '无法连接服务器，请检查服务是否在运行。',
    'api.retry': '重试',
    'state.loading': '加载中…',
    'state.empty': '暂无数据',
    'state.error': '出错了：{message}',
    'list.more': '加载更多',
    'type.Region': '区域',
    'type.Park': '园区',
    'type.Firm': '企业',
    'type.Chain': '产业链',
    'type.Segment': '环节',
    'type.Project': '项目',
    'type.Source': '来源',
    'type.Observation': '指标',
    'type.Statement': '陈述',
    // The phrases the articles use for each role (cypher/README.md).
    'role.LEADING': '首位产业',
    'role.PILLAR': '主导产业',
    'role.KEY': '重点产业链',
    'role.EMERGING': '新兴产业',
    'role.CLUSTER': '特色产业集群',
    'role.none': '角色未注明',
    'nav.home': '首页',
    unknown: '未知',
    'level.PROVINCE': '省级',
    'level.CITY': '地级',
    'level.COUNTY': '县级',
    'parkLevel.NATIONAL': '国家级',
    'parkLevel.PROVINCIAL': '省级',
    'parkLevel.OTHER': '其他',
    'stage.UPSTREAM': '上游',
    'stage.MIDSTREAM': '中游',
    'stage.DOWNSTREAM': '下游',
    'status.NEGOTIATING': '洽谈中',
    'status.SIGNED': '已签约',
    'status.UNDER_CONSTRUCTION': '在建',
    'status.IN_PRODUCTION': '已投产',
    'status.COMPLETED': '已竣工',
    'status.none': '状态未知',
    'coverage.PRESENT': '已有',
    'coverage.THIN': '薄弱',
    'coverage.COMING': '待落地',
    'coverage.MISSING': '缺失',
    'coverage.UNKNOWN': '未知',
    // Read from the first node to the second (cypher/README.md, Relationships).
    'rel.PART_OF': '隶属于',
    'rel.IN': '位于',
    'rel.LOCATED_IN': '坐落于',
    'rel.FEEDS': '供给',
    'rel.MAKES': '生产',
    'rel.FOCUSES_ON': '重点发展',
    'rel.BY': '投资方',
    'rel.ADDS': '新增环节',
    'rel.REPORTED': '发布指标',
    'rel.SUPPLIES': '供货给',
    'rel.ACQUIRES': '收购',
    'rel.RESTRUCTURES': '重组',
    'rel.FROM': '出自',
    'rel.COVERS': '覆盖',
    'unit.cny': '{n}元',
    'unit.cny.wan': '{n}万元',
    'unit.cny.yi': '{n}亿元',
    'unit.percent': '{n}%',
    'unit.percentage_points': '{n}个百分点',
    'unit.rank': '第{n}名',
    'unit.count': '{n}',
    'unit.tonnes': '{n}吨',
    'unit.gwh': '{n} GWh',
    'unit.ug_per_m3': '{n} μg/m³',
    'qualifier.more_than': '超过{value}',
    'qualifier.forecast': '预计{value}',
    'nav.import': '数据导入',
    'nav.article': '导入文章',
    'nav.review': '审核',
    'importKind.FIRMS': '企业名录',
    'importKind.PROJECTS': '项目台账',
    // How an import placed a firm or project on a segment (import/classify/), or a person did in review.
    'method.industry-code': '行业代码',
    'method.keyword': '关键词',
    'method.both': '行业代码与关键词',
    'method.ledger': '台账所填环节',
    'method.person': '人工审核',
    'proposalStatus.PENDING': '待审核',
    'proposalStatus.ACCEPTED': '已接受',
    'proposalStatus.REJECTED': '已拒绝',
    'proposalStatus.MOVED': '已移到其他环节',
    // Where an imported fact was read: the file and its row, as the evidence of an import reads.
    sourceRow: '{file} · 第 {row} 行',
  },
  en: {
    'app.title': 'Chain Atlas',
    'app.tagline': 'Regions · parks · firms · industry chains · projects',
    'nav.explore': 'Explore',
    'nav.chain': 'Chain map',
    'nav.place': 'Place dashboard',
    'nav.projects': 'Projects',
    'lang.switch': '中文',
    'api.down': 'The server cannot be reached; check that it is running.',
    'api.retry': 'Retry',
    'state.loading': 'Loading…',
    'state.empty': 'Nothing here yet',
    'state.error': 'Something went wrong: {message}',
    'list.more': 'Load more',
    'type.Region': 'Region',
    'type.Park': 'Park',
    'type.Firm': 'Firm',
    'type.Chain': 'Chain',
    'type.Segment': 'Segment',
    'type.Project': 'Project',
    'type.Source': 'Source',
    'type.Observation': 'Figure',
    'type.Statement': 'Statement',
    'role.LEADING': 'Leading',
    'role.PILLAR': 'Pillar',
    'role.KEY': 'Key',
    'role.EMERGING': 'Emerging',
    'role.CLUSTER': 'Cluster',
    'role.none': 'Role not stated',
    'nav.home': 'Home',
    unknown: 'Unknown',
    'level.PROVINCE': 'Province',
    'level.CITY': 'City',
    'level.COUNTY': 'County',
    'parkLevel.NATIONAL': 'National',
    'parkLevel.PROVINCIAL': 'Provincial',
    'parkLevel.OTHER': 'Other',
    'stage.UPSTREAM': 'Upstream',
    'stage.MIDSTREAM': 'Midstream',
    'stage.DOWNSTREAM': 'Downstream',
    'status.NEGOTIATING': 'Negotiating',
    'status.SIGNED': 'Signed',
    'status.UNDER_CONSTRUCTION': 'Under construction',
    'status.IN_PRODUCTION': 'In production',
    'status.COMPLETED': 'Completed',
    'status.none': 'Status unknown',
    'coverage.PRESENT': 'Present',
    'coverage.THIN': 'Thin',
    'coverage.COMING': 'Coming',
    'coverage.MISSING': 'Missing',
    'coverage.UNKNOWN': 'Unknown',
    'rel.PART_OF': 'part of',
    'rel.IN': 'in',
    'rel.LOCATED_IN': 'located in',
    'rel.FEEDS': 'feeds',
    'rel.MAKES': 'makes',
    'rel.FOCUSES_ON': 'focuses on',
    'rel.BY': 'by',
    'rel.ADDS': 'adds',
    'rel.REPORTED': 'reported',
    'rel.SUPPLIES': 'supplies',
    'rel.ACQUIRES': 'acquires',
    'rel.RESTRUCTURES': 'restructures',
    'rel.FROM': 'from',
    'rel.COVERS': 'covers',
    'unit.cny': 'CNY {n}',
    'unit.cny.wan': 'CNY {n} m',
    'unit.cny.yi': 'CNY {n} bn',
    'unit.percent': '{n}%',
    'unit.percentage_points': '{n} pp',
    'unit.rank': 'rank {n}',
    'unit.count': '{n}',
    'unit.tonnes': '{n} t',
    'unit.gwh': '{n} GWh',
    'unit.ug_per_m3': '{n} μg/m³',
    'qualifier.more_than': 'over {value}',
    'qualifier.forecast': '{value} (forecast)',
    'nav.import': 'Import data',
    'nav.article': 'Import an article',
    'nav.review': 'Review',
    'importKind.FIRMS': 'Firm roster',
    'importKind.PROJECTS': 'Project ledger',
    'method.industry-code': 'Industry code',
    'method.keyword': 'Keyword',
    'method.both': 'Industry code and keyword',
    'method.ledger': 'Segment given in the ledger',
    'method.person': 'Decided in review',
    'proposalStatus.PENDING': 'Pending',
    'proposalStatus.ACCEPTED': 'Accepted',
    'proposalStatus.REJECTED': 'Rejected',
    'proposalStatus.MOVED': 'Moved to another segment',
    sourceRow: '{file} · row {row}',
  },
};

export const t = translator(messages);

/** The role a place gives a chain it focuses on, or that it names none. */
export function roleName(role: FocusRole | null): string {
  return t(role ? `role.${role}` : 'role.none');
}

type Key = Parameters<typeof t>[0];

/** A label of a value the data takes, or 未知 where the data has none or one this list does not know. */
function labelOf(prefix: string, value: string | null | undefined): string {
  const key = `${prefix}.${value}` as Key;
  return value && key in messages.zh ? t(key) : t('unknown');
}

export const regionLevelName = (level: RegionLevel | null | undefined) => labelOf('level', level);
export const parkLevelName = (level: ParkLevel | null | undefined) => labelOf('parkLevel', level);
export const stageName = (stage: Stage | null | undefined) => labelOf('stage', stage);
/**
 * A project's status. Under a 状态 heading an unknown one reads 未知; where the status stands
 * alone (a tag, a group of totals) pass `alone` and it reads 状态未知.
 */
export const statusName = (status: ProjectStatus | null | undefined, alone = false) =>
  alone && !status ? t('status.none') : labelOf('status', status);
export const coverageName = (coverage: Coverage) => labelOf('coverage', coverage);
export const importKindName = (kind: string | null | undefined) => labelOf('importKind', kind);
/** How a firm or project was placed on a segment: industry-code, keyword, both, ledger, person. */
export const methodName = (method: string | null | undefined) => labelOf('method', method);
export const proposalStatusName = (status: string | null | undefined) => labelOf('proposalStatus', status);
/** A relationship type (`FOCUSES_ON`) as the canvas labels it, read from its first node to its second. */
export const relationName = (type: string) => labelOf('rel', type);

/** A chain's or segment's name in the interface's language, as the API gives both. */
export function localName(named: { name: string; nameEn: string }): string {
  return i18n.locale === 'en' ? named.nameEn : named.name;
}

/** A figure's indicator name in the interface's language, as the API gives both; '' where it gives none. */
export function indicatorName(figure: { indicatorName?: string | null; indicatorNameEn?: string | null }): string {
  return (i18n.locale === 'en' ? figure.indicatorNameEn : figure.indicatorName) ?? '';
}

/** A number as the interface's language writes it (1,400; at most two decimals). */
export function number(n: number): string {
  return n.toLocaleString(i18n.locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
}

/**
 * An amount in yuan as people read it: 亿元 and 万元 in Chinese, billions and millions in English;
 * small amounts (a cost per 100 yuan of revenue) in yuan.
 */
export function money(yuan: number): string {
  const [big, small] = i18n.locale === 'en' ? [1e9, 1e6] : [1e8, 1e4];
  if (Math.abs(yuan) >= big) return t('unit.cny.yi', { n: number(yuan / big) });
  if (Math.abs(yuan) >= small) return t('unit.cny.wan', { n: number(yuan / small) });
  return t('unit.cny', { n: number(yuan) });
}

/** An amount that may be unknown: 未知, never 0 (a project the sources give no amount for is not one of 0 yuan). */
export function knownMoney(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? t('unknown') : money(yuan);
}

/**
 * A figure as the sources give it, in its unit (`percent` → %, `cny` → 亿元…) and with its
 * qualifier (超过, 预计); a unit this list does not know shows the number alone.
 */
export function figureText(value: number, unit: string, qualifier?: string | null): string {
  const key = `unit.${unit}` as Key;
  const text = unit === 'cny' ? money(value) : key in messages.zh ? t(key, { n: number(value) }) : number(value);
  const qualified = `qualifier.${qualifier}` as Key;
  return qualifier && qualified in messages.zh ? t(qualified, { value: text }) : text;
}

/** A moment (an ISO 8601 date-time) as the interface's language writes it, in the browser's time zone. */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(i18n.locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A share from 0 to 1 as a percentage (0.85 → 85%). */
export function percent(share: number): string {
  return t('unit.percent', { n: number(Math.round(share * 100)) });
}
