import type { Lang } from '../import/messages.ts';
import type { ShownProposal } from './propose-article.ts';
import type { KeptArticle } from './review/keep-article.ts';
import { describeReasons } from './reasons.ts';

const KIND = {
  zh: { place: '地区', park: '园区', firm: '企业', project: '项目', focus: '产业定位', figure: '指标', 'new-indicator': '新指标（待定义）' },
  en: { place: 'place', park: 'park', firm: 'firm', project: 'project', focus: 'chain role', figure: 'figure', 'new-indicator': 'new indicator (to define)' },
} as const;

const WORDS = {
  zh: {
    sentence: (n: number) => `第 ${n} 句`,
    known: '已在图谱中',
    none: '这篇文章没有读出任何事实。',
    total: (proposals: number, sentences: number) => `共 ${proposals} 条提议，来自 ${sentences} 个句子。`,
    confidence: '置信度',
    kept: (id: string) => `已送审：文章 ${id}，在网页“导入文章”中审核：#/article?id=${id}`,
    keptBefore: (id: string) => `这篇文章已送审过（${id}），它的提议和已做的决定保持不变：#/article?id=${id}`,
  },
  en: {
    sentence: (n: number) => `sentence ${n}`,
    known: 'in the graph',
    none: 'No facts were read from this article.',
    total: (proposals: number, sentences: number) => `${proposals} proposals from ${sentences} sentences.`,
    confidence: 'confidence',
    kept: (id: string) => `Kept for review as article ${id}: review it in the web app at #/article?id=${id}`,
    keptBefore: (id: string) => `This article was kept before (${id}); its proposals and decisions stand: #/article?id=${id}`,
  },
} as const;

/** A proposal's fields as one line: each value with the name of what it is the key of. */
function describeFields(proposal: ShownProposal, lang: Lang): string {
  return proposal.shown
    .map(({ name, value, shown }) => (name === 'known' ? `${WORDS[lang].known}: ${shown ?? value}` : `${name}=${value}${shown ? `（${shown}）` : ''}`))
    .join(' · ');
}

/** The proposals for a person to read: grouped by sentence, the sentence quoted as the article writes it. */
export function printProposals(proposals: ShownProposal[], lang: Lang): string {
  if (proposals.length === 0) return WORDS[lang].none;
  const bySentence = new Map<number, ShownProposal[]>();
  for (const proposal of proposals) bySentence.set(proposal.sentenceIndex, [...(bySentence.get(proposal.sentenceIndex) ?? []), proposal]);
  const lines: string[] = [];
  for (const [index, group] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    lines.push(`${WORDS[lang].sentence(index + 1)}：“${group[0]!.sentence}”`);
    for (const proposal of group) {
      lines.push(`  ${KIND[lang][proposal.kind]}  ${describeFields(proposal, lang)}  (${WORDS[lang].confidence} ${proposal.confidence.toFixed(2)}; ${describeReasons(proposal.why, lang)})`);
    }
  }
  lines.push('', WORDS[lang].total(proposals.length, bySentence.size));
  return lines.join('\n');
}

/** What `--keep` did: where the kept article is reviewed. */
export function describeKept(kept: KeptArticle, lang: Lang): string {
  return (kept.created ? WORDS[lang].kept : WORDS[lang].keptBefore)(kept.id);
}
