import { toSimplified } from '../../core/chinese-script.ts';
import type { KnownFirm } from '../gazetteer/gazetteer.ts';
import { NOT_A_NAME, NOT_AN_EDGE, nameStart } from './name-bounds.ts';
import type { Sentence } from './sentences.ts';

/** A firm named in a sentence; `known` when the gazetteer has it. */
export interface FirmMention {
  start: number;
  end: number;
  /** In the article's own characters. */
  name: string;
  simplified: string;
  known?: KnownFirm;
  how: 'known' | 'legal' | 'trade' | 'listed' | 'investor' | 'subject';
}

/** Legal forms: the name is everything back to the boundary before it. */
const LEGAL = /(股份有限公司|有限责任公司|集团有限公司|有限公司|有限厂|集团|公司|印刷厂)/g;
/**
 * Words a firm's trade name ends in (和康药业, 华科光电, 金源银业): the usual industry words of
 * Chinese firm names, or a product character and 业 (药业, 银业, 纸业) other than the everyday
 * compounds (产业, 企业, 就业…), after a 2–4 character name. Not 科技 or 智能 alone: running
 * text says 科技创新 and 坚实科技支撑 far more often than it names a firm so.
 */
const TRADE =
  /(高科|智造|电子|电气|电器|光电|通讯|通信|新材料|新能源|环保|实业|股份|控股|制药|食品|重工|机械|钢铁|汽车|电瓷|纺织|包装|(?![产行企工农商就创专物事作营毕职林渔牧副主首伟大基学开结停复同失转本家置功课霸])\p{Script=Han}业)/gu;
/** An amount, then a short name and 项目 (投资30亿元的华科项目): the name is the investor's. */
const INVESTOR = /(?:亿元|万元)的?([\p{Script=Han}]{2,4}?)(?:[一二三四五六]期)?项目/gu;
/** The subject of 成为…企业/项目 at a clause's start (华科新能源成为今年全省首个开工的百亿项目): a firm. */
export const SUBJECT = /(?<=^|[，,；;。：:])([\p{Script=Han}]{2,6}?)成为[^，,；;。]{0,24}?(企业|项目|公司|第一股)/gu;
/** A list closed by 等…企业 (华科、金凯等企业; 金凯通讯等5家企业): its items are firms. */
const LISTED = /([^，,；;。：:]{2,40}?)等(?:\d+家|一批)?(?:知名|龙头|重点|骨干)?企业/g;

export const normaliseName = (name: string) => toSimplified(name).replace(/[\s()（）]/g, '');

export class FirmFinder {
  readonly #known: { firm: KnownFirm; form: string }[];

  constructor(firms: KnownFirm[]) {
    this.#known = firms
      .flatMap((firm) => [firm.name, ...firm.aliases].map((form) => ({ firm, form: toSimplified(form) })))
      .sort((a, b) => b.form.length - a.form.length);
  }

  find(sentence: Sentence): FirmMention[] {
    const text = sentence.simplified;
    const found: FirmMention[] = [];
    const add = (start: number, end: number, how: FirmMention['how']) => {
      if (found.some((f) => start < f.end && f.start < end)) return;
      const simplified = text.slice(start, end);
      const known = this.#known.find((k) => k.form === simplified || normaliseName(k.form) === normaliseName(simplified))?.firm;
      found.push({ start, end, name: sentence.text.slice(start, end), simplified, how: known ? 'known' : how, ...(known ? { known } : {}) });
    };
    for (const { form } of this.#known) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) add(at, at + form.length, 'known');
    }
    for (const m of text.matchAll(LEGAL)) {
      const start = nameStart(text, m.index, 2, 24);
      if (start === null) continue;
      const prefix = text.slice(start, m.index);
      // 公司 alone follows any noun (该公司, 两家公司): a bare 公司 needs a name that is no description.
      const head = prefix.replace(/(科技|新能源|新材料|实业|电子|环保)$/, '');
      if (/^(公司|集团|印刷厂)$/.test(m[0]) && (prefix.length > 6 || NOT_A_NAME.test(head) || NOT_AN_EDGE.test(prefix))) continue;
      // A legal name does not start with an industry word (一新能源科技有限公司 is an unnamed firm).
      if (NOT_A_NAME.test(prefix.slice(0, 2)) || /^新(能源|材料)/.test(prefix)) continue;
      add(start, m.index + m[0].length, 'legal');
    }
    for (const m of text.matchAll(TRADE)) {
      const start = nameStart(text, m.index, 2, 4);
      if (start === null) continue;
      const prefix = text.slice(start, m.index);
      if (NOT_A_NAME.test(prefix) || NOT_AN_EDGE.test(prefix)) continue;
      add(start, m.index + m[0].length, 'trade');
    }
    for (const m of text.matchAll(INVESTOR)) {
      const start = m.index + m[0].indexOf(m[1]!);
      if (!NOT_A_NAME.test(m[1]!)) add(start, start + m[1]!.length, 'investor');
    }
    for (const m of text.matchAll(SUBJECT)) {
      if (!NOT_A_NAME.test(m[1]!) && !NOT_AN_EDGE.test(m[1]!)) add(m.index, m.index + m[1]!.length, 'subject');
    }
    for (const m of text.matchAll(LISTED)) {
      let offset = m.index;
      for (const item of m[1]!.split(/[、和与及]/)) {
        const itemStart = offset;
        offset += item.length + 1;
        const start = nameStart(text, itemStart + item.length, 2, 6);
        if (start === null || start < itemStart) continue;
        const name = text.slice(start, itemStart + item.length);
        if (NOT_A_NAME.test(name) || NOT_AN_EDGE.test(name) || /\d/.test(name)) continue;
        add(start, itemStart + item.length, 'listed');
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
