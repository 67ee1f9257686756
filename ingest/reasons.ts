import type { Lang } from '../import/messages.ts';

type Params = Record<string, string | number>;

/**
 * Why a rule proposed a fact, in a few words each, in Chinese and English: the extractors give
 * codes and the words they matched, and the CLI, the API and the web page say them in the user's
 * language.
 */
const REASONS = {
  placeFull: { zh: () => '地区全称', en: () => 'full name of a region' },
  placeShort: { zh: (p: Params) => `${p.name}的简称`, en: (p: Params) => `short name of ${p.name}` },
  namesakes: {
    zh: (p: Params) => `同名地区共 ${p.count} 个，取前文所提地区之下或文章所在省内的那个`,
    en: (p: Params) => `one of ${p.count} regions of that name: the one inside the region named before it or in the article's province`,
  },
  parkKnown: { zh: (p: Params) => `图谱中已有园区「${p.name}」`, en: (p: Params) => `known park ${p.name}` },
  parkEnding: { zh: () => '地名后接园区类词尾', en: () => 'a place’s name followed by a park’s ending' },
  firmKnown: { zh: () => '图谱中已有企业的名称或别名', en: () => 'a known firm’s name or alias' },
  firmLegal: { zh: () => '以企业组织形式结尾（有限公司、集团…）', en: () => 'a name ending in a legal form (有限公司, 集团…)' },
  firmTrade: { zh: () => '以行业词结尾的简称（药业、光电…）', en: () => 'a short name ending in an industry word (药业, 光电…)' },
  firmListed: { zh: () => '“等…企业”列举中的一项', en: () => 'an item of a list closed by 等…企业' },
  firmInvestor: { zh: () => '金额与“项目”之间的简称', en: () => 'a short name between an amount and 项目' },
  firmSubject: { zh: () => '“成为…企业/项目”的主语', en: () => 'the subject of 成为…企业/项目' },
  projectName: { zh: () => '以“项目”结尾的名称', en: () => 'a name ending in 项目' },
  projectPhase: { zh: () => '以“某期”结尾的名称', en: () => 'a name ending in a phase (期)' },
  projectListed: { zh: () => '“…等项目”列举中的一项', en: () => 'an item of a list of projects (…等项目)' },
  projectSubject: { zh: () => '“成为…项目”的主语', en: () => 'the subject of 成为…项目' },
  projectOfFirmBefore: {
    zh: (p: Params) => `“该项目/该公司”：前文所提企业（${p.firm}）的项目`,
    en: (p: Params) => `该项目/该公司: the project of the firm named before (${p.firm})`,
  },
  statusFrom: { zh: (p: Params) => `状态取自「${p.word}」`, en: (p: Params) => `status from 「${p.word}」` },
  amountNear: { zh: () => '金额紧随名称', en: () => 'amount next to the name' },
  chainByName: { zh: (p: Params) => `产业链「${p.term}」（按链名）`, en: (p: Params) => `chain 「${p.term}」 (its name)` },
  chainByHead: { zh: (p: Params) => `产业链「${p.term}」（按链名末尾）`, en: (p: Params) => `chain 「${p.term}」 (the last characters of its name)` },
  chainByKeyword: { zh: (p: Params) => `产业链「${p.term}」（按环节关键词）`, en: (p: Params) => `chain 「${p.term}」 (a segment keyword)` },
  placeTogether: { zh: () => '与另一地并列提及', en: () => 'in a place named together with another' },
  roleFrom: { zh: (p: Params) => `定位取自「${p.phrase}」`, en: (p: Params) => `role from 「${p.phrase}」` },
  roleFromHeading: { zh: () => '定位取自前面的小标题', en: () => 'role from the heading before' },
  roleElsewhere: { zh: () => '定位取自文章别处', en: () => 'role as the article gives it elsewhere' },
  placeOfArticle: { zh: () => '地点取文章所述主体', en: () => 'place: the article’s own' },
  indicatorWords: {
    zh: (p: Params) => `「${p.quantity}」附近的「${p.words}」指明了指标`,
    en: (p: Params) => `「${p.words}」 around 「${p.quantity}」 names the indicator`,
  },
  figureGoesOn: { zh: (p: Params) => `「${p.quantity}」承接前一个数字的同一指标`, en: (p: Params) => `「${p.quantity}」 goes on from the figure before it (the same indicator)` },
  figureMovement: {
    zh: (p: Params) => `「${p.quantity}」是前一个数字的增速、变化、差距或排名`,
    en: (p: Params) => `「${p.quantity}」 goes on from the figure before it (its growth, change, gap or rank)`,
  },
  newIndicator: { zh: () => '指标清单中没有对应的指标：提议为新指标', en: () => 'a figure no indicator of the closed list names: proposed as a new indicator' },
} satisfies Record<string, { zh: (p: Params) => string; en: (p: Params) => string }>;

export type ReasonCode = keyof typeof REASONS;

/** One reason of a proposal: a code, and what the rule matched. */
export interface Reason {
  code: ReasonCode;
  params?: Params;
}

export const reason = (code: ReasonCode, params?: Params): Reason => (params ? { code, params } : { code });

/** A proposal's reasons as one line in `lang`. */
export function describeReasons(reasons: readonly Reason[], lang: Lang): string {
  return reasons.map((r) => REASONS[r.code][lang](r.params ?? {})).join(lang === 'zh' ? '；' : '; ');
}
