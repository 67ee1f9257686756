import { translator, type Messages } from '../../lib/i18n/i18n.svelte';

type Key =
  | 'title' | 'intro' | 'filters' | 'place' | 'place.placeholder' | 'place.clear' | 'chain' | 'chain.all'
  | 'status'
  | 'signed' | 'signed.from' | 'signed.to' | 'investment' | 'investment.min' | 'investment.max' | 'text' | 'text.placeholder' | 'reset'
  | 'col.name' | 'col.firm' | 'col.place' | 'col.chains' | 'col.status' | 'col.signedOn' | 'col.investment' | 'col.capacity' | 'col.source'
  | 'sort.asc' | 'sort.desc' | 'sort.by'
  | 'totals' | 'totals.count' | 'totals.byStatus'
  | 'totals.investment.all' | 'totals.investment.some' | 'totals.investment.none'
  | 'totals.status.all' | 'totals.status.some' | 'totals.status.none'
  | 'shown' | 'empty' | 'updating'
  | 'export' | 'export.progress' | 'export.error' | 'export.file'
  | 'csv.investmentYi' | 'csv.investmentCny'
  | 'none';

/** The Projects view's text, Chinese first. */
const messages: Messages<Key> = {
  zh: {
    title: '项目库',
    intro: '招商项目一览：按区域、产业链、状态、签约时间、投资额筛选，点击列头排序。',
    filters: '筛选条件',
    place: '区域或园区',
    'place.placeholder': '输入区域或园区名称',
    'place.clear': '清除区域：{name}',
    chain: '产业链',
    'chain.all': '全部产业链',
    status: '项目状态',
    signed: '签约日期',
    'signed.from': '起',
    'signed.to': '止',
    investment: '投资额（亿元）',
    'investment.min': '最低',
    'investment.max': '最高',
    text: '项目名称',
    'text.placeholder': '名称关键词',
    reset: '清除全部筛选',
    'col.name': '项目名称',
    'col.firm': '企业',
    'col.place': '地点',
    'col.chains': '产业链',
    'col.status': '状态',
    'col.signedOn': '签约日期',
    'col.investment': '投资额',
    'col.capacity': '产能',
    'col.source': '来源',
    'sort.asc': '升序',
    'sort.desc': '降序',
    'sort.by': '按{column}排序',
    totals: '筛选结果合计',
    'totals.count': '{count} 个项目',
    'totals.byStatus': '按状态',
    // A total says how many projects it covers: those the sources give no amount for are not 0.
    'totals.investment.all': '均有金额，合计 {amount}',
    'totals.investment.some': '其中 {with} 个有金额，合计 {amount}',
    'totals.investment.none': '均无金额，总投资未知',
    'totals.status.all': '{status}：{count} 个，合计 {amount}',
    'totals.status.some': '{status}：{count} 个，其中 {with} 个有金额，合计 {amount}',
    'totals.status.none': '{status}：{count} 个，金额未知',
    shown: '已显示 {shown} / {total} 个',
    empty: '没有符合这些筛选条件的项目。',
    updating: '正在更新…',
    export: '导出 CSV',
    'export.progress': '导出中… {done}/{total}',
    'export.error': '导出失败：{message}',
    'export.file': '项目库',
    'csv.investmentYi': '投资额（亿元）',
    'csv.investmentCny': '投资额（元）',
    none: '—',
  },
  en: {
    title: 'Projects',
    intro: 'The investment project pipeline: filter by place, chain, status, signing date and investment; click a column header to sort.',
    filters: 'Filters',
    place: 'Region or park',
    'place.placeholder': 'Type a region or park name',
    'place.clear': 'Clear place: {name}',
    chain: 'Chain',
    'chain.all': 'All chains',
    status: 'Status',
    signed: 'Signed',
    'signed.from': 'From',
    'signed.to': 'To',
    investment: 'Investment (100M yuan, 亿元)',
    'investment.min': 'Min',
    'investment.max': 'Max',
    text: 'Project name',
    'text.placeholder': 'Words in the name',
    reset: 'Clear all filters',
    'col.name': 'Project',
    'col.firm': 'Firm',
    'col.place': 'Place',
    'col.chains': 'Chains',
    'col.status': 'Status',
    'col.signedOn': 'Signed',
    'col.investment': 'Investment',
    'col.capacity': 'Capacity',
    'col.source': 'Source',
    'sort.asc': 'ascending',
    'sort.desc': 'descending',
    'sort.by': 'Sort by {column}',
    totals: 'Totals of the filtered projects',
    'totals.count': '{count} projects',
    'totals.byStatus': 'By status',
    'totals.investment.all': 'all with an amount, {amount} in total',
    'totals.investment.some': '{with} of them with an amount, {amount} in total',
    'totals.investment.none': 'none with an amount: total unknown',
    'totals.status.all': '{status}: {count}, {amount} in total',
    'totals.status.some': '{status}: {count}, {with} of them with an amount, {amount} in total',
    'totals.status.none': '{status}: {count}, amounts unknown',
    shown: 'Showing {shown} of {total}',
    empty: 'No project matches these filters.',
    updating: 'Updating…',
    export: 'Export CSV',
    'export.progress': 'Exporting… {done}/{total}',
    'export.error': 'Export failed: {message}',
    'export.file': 'projects',
    'csv.investmentYi': 'Investment (100M yuan, 亿元)',
    'csv.investmentCny': 'Investment (yuan)',
    none: '—',
  },
};

export const t = translator(messages);
