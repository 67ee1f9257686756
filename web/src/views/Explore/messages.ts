import { translator, type Messages } from '../../lib/i18n/i18n.svelte';

type Key =
  | 'search.placeholder' | 'toolbar.label' | 'layout.label' | 'layout.fcose' | 'layout.dagre'
  | 'fit' | 'zoomIn' | 'zoomOut' | 'remove' | 'undo' | 'png' | 'expand' | 'more'
  | 'canvas.label' | 'canvas.empty' | 'canvas.loading' | 'canvas.count' | 'showing' | 'notFound'
  | 'legend.title'
  | 'details.title' | 'details.none' | 'details.type' | 'details.properties' | 'details.noProperties'
  | 'details.figures' | 'details.noFigures' | 'details.sources' | 'details.noSources' | 'details.evidence'
  | 'list.title' | 'keys';

const messages: Messages<Key> = {
  zh: {
    'search.placeholder': '搜索区域、园区、企业、产业链…',
    'toolbar.label': '图谱工具',
    'layout.label': '布局',
    'layout.fcose': '力导向（一般图）',
    'layout.dagre': '层次（产业链）',
    fit: '适应画布',
    zoomIn: '放大',
    zoomOut: '缩小',
    remove: '移除所选',
    undo: '撤销',
    png: '导出 PNG',
    expand: '展开邻居',
    more: '显示更多',
    'canvas.label': '关系图画布',
    'canvas.empty': '在上方搜索一个实体，开始探索它的关系。',
    'canvas.loading': '加载中…',
    'canvas.count': '画布上 {nodes} 个节点、{edges} 条关系',
    showing: '显示 {shown} / {total} 个邻居',
    notFound: '找不到 {id}',
    'legend.title': '类型（勾选以显示）',
    'details.title': '详情',
    'details.none': '点选画布上的节点查看详情；双击节点展开它的邻居。',
    'details.type': '类型：',
    'details.properties': '属性',
    'details.noProperties': '没有属性',
    'details.figures': '指标',
    'details.noFigures': '没有指标',
    'details.sources': '来源',
    'details.noSources': '没有来源',
    'details.evidence': '原文',
    'list.title': '画布上的节点（{count}）',
    keys: '快捷键：Enter 展开，Delete 移除，+/- 缩放，0 适应，Ctrl+Z 撤销',
  },
  en: {
    'search.placeholder': 'Search regions, parks, firms, chains…',
    'toolbar.label': 'Graph tools',
    'layout.label': 'Layout',
    'layout.fcose': 'Force (general graph)',
    'layout.dagre': 'Layered (chains)',
    fit: 'Fit',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    remove: 'Remove selected',
    undo: 'Undo',
    png: 'Export PNG',
    expand: 'Expand neighbours',
    more: 'Show more',
    'canvas.label': 'Graph canvas',
    'canvas.empty': 'Search for an entity above to start exploring its relationships.',
    'canvas.loading': 'Loading…',
    'canvas.count': '{nodes} nodes and {edges} relationships on the canvas',
    showing: 'Showing {shown} of {total} neighbours',
    notFound: 'Nothing has the id {id}',
    'legend.title': 'Types (tick to show)',
    'details.title': 'Details',
    'details.none': 'Click a node on the canvas to see its details; double-click it to expand its neighbours.',
    'details.type': 'Type: ',
    'details.properties': 'Properties',
    'details.noProperties': 'No properties',
    'details.figures': 'Figures',
    'details.noFigures': 'No figures',
    'details.sources': 'Sources',
    'details.noSources': 'No sources',
    'details.evidence': 'Evidence',
    'list.title': 'Nodes on the canvas ({count})',
    keys: 'Keys: Enter expands, Delete removes, +/- zoom, 0 fits, Ctrl+Z undoes',
  },
};

export const t = translator(messages);
