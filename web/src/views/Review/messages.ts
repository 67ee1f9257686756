import { translator, type Messages } from '../../lib/i18n/i18n.svelte';

type Key =
  | 'title' | 'intro' | 'filters' | 'status' | 'import' | 'import.all' | 'import.option'
  | 'col.name' | 'col.segment' | 'col.method' | 'col.matched' | 'col.confidence' | 'col.source' | 'col.status' | 'col.decide'
  | 'segmentOf' | 'accept' | 'reject' | 'move' | 'move.to' | 'move.choose' | 'move.button' | 'deciding'
  | 'decided' | 'movedTo' | 'kind.MAKES' | 'kind.ADDS'
  | 'shown' | 'empty' | 'empty.pending'
  | 'articles' | 'articles.kept' | 'articles.pending' | 'articles.done' | 'articles.none';

/** The Review view's text, Chinese first. */
const messages: Messages<Key> = {
  zh: {
    title: '审核',
    intro: '导入时置信度不够、没有直接写入的环节归类在这里等待审核：接受、拒绝，或移到同一产业链的另一个环节。决定立即生效，产业链地图随之更新。送审的文章列在最上方，点开即可逐条审核其中的提议。',
    filters: '筛选条件',
    status: '状态',
    import: '导入批次',
    'import.all': '全部导入',
    'import.option': '{file}（{at}）',
    'col.name': '企业或项目',
    'col.segment': '建议的环节',
    'col.method': '依据',
    'col.matched': '匹配内容',
    'col.confidence': '置信度',
    'col.source': '来源',
    'col.status': '状态',
    'col.decide': '审核',
    segmentOf: '{chain} · {segment}',
    accept: '接受',
    reject: '拒绝',
    move: '移到…',
    'move.to': '移到哪个环节',
    'move.choose': '选择环节',
    'move.button': '移动',
    deciding: '正在保存…',
    decided: '{by} · {at}',
    movedTo: '已移到：{segment}',
    'kind.MAKES': '企业',
    'kind.ADDS': '项目',
    shown: '已显示 {shown} / {total} 条',
    empty: '没有这种状态的归类。',
    'empty.pending': '没有待审核的归类。',
    articles: '待审文章',
    'articles.kept': '{at} 送审',
    'articles.pending': '{n} 条提议待审核',
    'articles.done': '提议都已审核',
    'articles.none': '没有送审的文章：在“导入文章”页读取一篇文章后点“送审”。',
  },
  en: {
    title: 'Review',
    intro: 'Placements an import was not confident enough to write wait here: accept them, reject them, or move them to another segment of the same chain. A decision takes effect at once, on the chain maps too. Articles kept for review are listed first: open one to decide its proposals.',
    filters: 'Filters',
    status: 'Status',
    import: 'Import',
    'import.all': 'All imports',
    'import.option': '{file} ({at})',
    'col.name': 'Firm or project',
    'col.segment': 'Proposed segment',
    'col.method': 'Method',
    'col.matched': 'Matched',
    'col.confidence': 'Confidence',
    'col.source': 'Source',
    'col.status': 'Status',
    'col.decide': 'Decide',
    segmentOf: '{chain} · {segment}',
    accept: 'Accept',
    reject: 'Reject',
    move: 'Move to…',
    'move.to': 'Segment to move it to',
    'move.choose': 'Choose a segment',
    'move.button': 'Move',
    deciding: 'Saving…',
    decided: '{by} · {at}',
    movedTo: 'Moved to {segment}',
    'kind.MAKES': 'Firm',
    'kind.ADDS': 'Project',
    shown: 'Showing {shown} of {total}',
    empty: 'No placement has this status.',
    'empty.pending': 'Nothing is waiting for review.',
    articles: 'Articles to review',
    'articles.kept': 'kept on {at}',
    'articles.pending': '{n} proposals to decide',
    'articles.done': 'every proposal decided',
    'articles.none': 'No article is kept for review: read one on the article page and choose Keep for review.',
  },
};

export const t = translator(messages);
