/**
 * Where a name written in running text begins. Chinese writes no spaces, so a name ending in a
 * firm's or project's suffix is read back from the suffix to the nearest boundary: punctuation,
 * a digit, or a word that introduces a name (来到, 参加, 收购, 和, 的 …).
 */
const INTRODUCERS = [
  '来到', '参加', '走进', '走访', '进驻', '入驻', '租驻', '收购', '重组', '扶持', '组织', '促成', '促使', '推进', '出席', '考察', '调研', '随着', '包括', '特别是', '以及', '另有', '还有',
  '签约', '签订', '签署', '引进', '落户',
  '亿元', '万元', '即', '以', '围绕', '原', '和', '与', '及', '同', '跟', '等', '的', '是', '在', '对', '为', '将', '让', '使', '由', '从', '向', '把', '被', '该', '其', '一', '了', '到',
];
/** Words no firm's short name is made of: they start a description, not a name. */
export const NOT_A_NAME = /产业|行业|企业|工业|发展|推动|加快|加大|建设|生产|项目|园区|全市|全省|全县|国家|省级|市级|高端|绿色|智能|现代|传统|先进|新型|光伏|医药|电池|材料|能源|制造|数字|信息|重点|龙头|优质|本土|知名|相关|主导|首位|新兴|特色|集群|科技|经济|领域|服务|支柱|提升|实现|打造|培育|壮大|成为|以上|规上|规模|基地|中心|平台|政策|我们|他们|当地|目前|今年|去年|小微|中小|民营|国有|上市|深入|进入|前往|实施|建立|搭建|支持|做大|做强|形成|利用|围绕|聚焦|对接|省|市|县/;
/** A demonstrative, a pronoun or a conjunction at a name's edge (该厂, 使之, 有色金属和新能源): a phrase, not a name. */
export const NOT_AN_EDGE = /^[该此本这那其各每区园使让令他她它我你]|[和与及的之]$/;

/** Function words that never end the characters before a name's ending (南康区把|电子): their phrase is no name. */
const STRONG = /[把将被对向从在是的了]$/;

const PARK_END = /(园区|开发区|高新区|经开区|工业园|产业园|工业区)/g;

/** The start of the name that ends at `end` in `text`: after the last boundary that leaves at least `min` characters. */
export function nameStart(text: string, end: number, min = 2, max = 20): number | null {
  let start = end;
  while (start > 0 && /[\p{Script=Han}()（）]/u.test(text[start - 1]!) && end - start < max + 12) start--;
  let run = text.slice(start, end);
  // A park's name before the firm's (南康经济开发区华科科技公司): the firm starts after it.
  const parks = [...run.matchAll(PARK_END)].filter((m) => run.length - (m.index + m[0].length) >= min);
  const lastPark = parks.at(-1);
  if (lastPark) {
    start += lastPark.index + lastPark[0].length;
    run = text.slice(start, end);
  }
  let cut = 0;
  for (const word of INTRODUCERS) {
    for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + 1)) {
      const after = at + word.length;
      if (run.length - after >= min && after > cut) cut = after;
    }
  }
  const name = run.slice(cut);
  if (name.length < min || name.length > max) return null;
  // A function word just before the ending (南康区把电子信息) leaves no name.
  if (STRONG.test(name)) return null;
  return start + cut;
}
