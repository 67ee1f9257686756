import { TranslatedError, type Lang } from '../../core/user-facing-error.ts';

export type ArticleReviewErrorCode =
  | 'unknownArticle'
  | 'unknownProposal'
  | 'alreadyDecided'
  | 'fieldsOnlyForAccept'
  | 'unknownField'
  | 'badField'
  | 'unknownReference'
  | 'needsPlace'
  | 'newIndicatorPlace'
  | 'laterChanges';
export type ArticleReviewErrorParams = Record<string, string | number>;

const kindNames: Record<string, Record<Lang, string>> = {
  region: { zh: '地区代码', en: 'region code' },
  park: { zh: '园区', en: 'park' },
  chain: { zh: '产业链', en: 'chain' },
  indicator: { zh: '指标', en: 'indicator' },
  known: { zh: '已知企业或园区', en: 'known firm or park' },
};
/** What is wrong with a field's value (accepted-fields.ts). */
const problems: Record<string, Record<Lang, string>> = {
  empty: { zh: '不能为空', en: 'it is empty' },
  notNumber: { zh: '不是数字', en: 'it is not a number' },
  notRegionCode: { zh: '不是地区代码（2、4 或 6 位，如 36、3608、360824）', en: 'it is not a region code (2, 4 or 6 digits, such as 36, 3608, 360824)' },
  notPeriod: { zh: '不是时期（如 2024、2024-Q1、2024-H1、2024-05、2022-01/2022-11）', en: 'it is no period such as 2024, 2024-Q1, 2024-H1, 2024-05 or 2022-01/2022-11' },
  notWhole: { zh: '不是整数元', en: 'it is not a whole number of yuan' },
  negative: { zh: '小于零', en: 'it is below zero' },
  notDate: { zh: '不是 YYYY-MM-DD 格式的日期', en: 'it is not a date written YYYY-MM-DD' },
  notOption: { zh: '只能是以下之一', en: 'it must be one of' },
};
const problem = (p: ArticleReviewErrorParams, lang: Lang) => `${problems[String(p.problem)]?.[lang] ?? p.problem}${p.options ? `：${p.options}` : ''}`;

const named = (field: string | number, lang: Lang) => kindNames[String(field)]?.[lang] ?? String(field);

/** Why a decision on an article's proposal, or an article's undo, cannot be made: in the words of import/messages.ts. */
const wording: Record<ArticleReviewErrorCode, Record<Lang, (p: ArticleReviewErrorParams) => string>> = {
  unknownArticle: {
    zh: (p) => `没有编号为 ${p.id} 的已导入文章：请在“审核”页的文章列表里选一篇。`,
    en: (p) => `No ingested article has the id ${p.id}: pick one from the articles on the review page.`,
  },
  unknownProposal: {
    zh: (p) => `没有编号为 ${p.id} 的文章提议：它可能已随文章一起撤销，请刷新审核页。`,
    en: (p) => `No article proposal has the id ${p.id}: it may have been undone with its article; reload the review page.`,
  },
  alreadyDecided: {
    zh: (p) => `提议 ${p.id} 已经${p.status === 'accepted' ? '接受' : '拒绝'}（${p.by}）：要改，请撤销整篇文章后重新导入。`,
    en: (p) => `Proposal ${p.id} is already ${p.status} (by ${p.by}): to change it, undo the whole article and ingest it again.`,
  },
  fieldsOnlyForAccept: {
    zh: () => '只有“接受”可以带修改后的字段；“拒绝”什么都不写入。',
    en: () => 'Only ACCEPT takes corrected fields; REJECT writes nothing.',
  },
  unknownField: {
    zh: (p) => `“${p.kind}”类提议没有字段 ${p.field}：可改的字段是 ${p.allowed}。`,
    en: (p) => `A ${p.kind} proposal has no field ${p.field}: the fields are ${p.allowed}.`,
  },
  badField: {
    zh: (p) => `字段 ${p.field} 的值“${p.value}”不成立：${problem(p, 'zh')}。`,
    en: (p) => `Field ${p.field}: "${p.value}" does not hold: ${problem(p, 'en').replace('：', ': ')}.`,
  },
  unknownReference: {
    zh: (p) => `字段 ${p.field}：图谱里没有${named(p.field ?? '', 'zh')}“${p.value}”。${p.field === 'park' ? '请先接受这个园区的提议，或改填地区代码（region）。' : '请改成图谱里已有的值。'}`,
    en: (p) => `Field ${p.field}: the graph has no ${named(p.field ?? '', 'en')} "${p.value}". ${p.field === 'park' ? 'Accept the proposal of that park first, or give a region code (region) instead.' : 'Give one the graph holds.'}`,
  },
  needsPlace: {
    zh: (p) => `这条${p.kind === 'park' ? '园区提议需要它所在的地区' : '提议需要地点'}：请填写 region（地区代码，如 360824）${p.kind === 'park' ? '' : '或 park（园区名）'}后再接受。`,
    en: (p) => `This ${p.kind} proposal needs a place: give region (a region code such as 360824)${p.kind === 'park' ? '' : ' or park (a park\'s name)'} before accepting it.`,
  },
  newIndicatorPlace: {
    zh: () => '新指标的数字需要地点：请填写 region 或 park 后再接受。',
    en: () => 'A new indicator\'s figure needs a place: give region or park before accepting it.',
  },
  laterChanges: {
    zh: (p) => `不能撤销：之后的导入或文章也改动了它改动过的内容（${p.later}）。请先撤销那些。`,
    en: (p) => `Cannot undo: a later import or article changed what it changed (${p.later}). Undo those first.`,
  },
};

/** A decision on an article's proposal, or an article's undo, refused: said in the user's language. */
export class ArticleReviewError extends TranslatedError<ArticleReviewErrorCode, ArticleReviewErrorParams> {
  override name = 'ArticleReviewError';
  constructor(code: ArticleReviewErrorCode, params: ArticleReviewErrorParams = {}) {
    super(code, params, (c, p, lang) => wording[c][lang](p));
  }
}
