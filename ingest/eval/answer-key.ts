import { toSimplified } from '../../core/chinese-script.ts';
import type { Article } from '../../seed/seed-set.ts';
import { normaliseName } from '../extract/firms.ts';

/** The kinds the evaluation scores, as the issue names them. */
export const SCORED_KINDS = ['places', 'firms', 'projects', 'roles', 'figures'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** One fact of the answer key: what a proposal must equal to count, and a label for the report. */
export interface KeyFact {
  kind: ScoredKind;
  label: string;
  /** Simplified names a matching proposal may give (firm, park, project and investor names). */
  names: string[];
  region?: string;
  park?: string;
  chain?: string;
  role?: string;
  indicator?: string;
  period?: string;
  value?: number;
  investmentCny?: number;
  signedOn?: string;
  firmNames?: string[];
  /** A project's park, by its names (Simplified), when the key places it in one. */
  parkNames?: string[];
}

const unique = (facts: KeyFact[]) => [...new Map(facts.map((f) => [f.label, f])).values()];

/**
 * The hand-made facts of an article as an answer key, one fact per distinct thing: places (every
 * region a fact names, and every park), firms, projects, chain roles (focuses) and figures
 * (observations). A fact the YAML repeats with another sentence counts once.
 */
export function answerKey(article: Article): KeyFact[] {
  const parkNames = new Map(article.parks.map((p) => [p.id, [p.name, ...p.aliases].map(normaliseName)]));
  const firmNames = new Map(article.firms.map((f) => [f.id, [f.name, ...f.aliases].map(normaliseName)]));
  const facts: KeyFact[] = [];
  const regions = new Set<string>();
  for (const list of [article.parks, article.firms, article.focuses, article.projects, article.observations]) {
    for (const entry of list as { region?: string }[]) if (entry.region) regions.add(entry.region);
  }
  for (const region of regions) facts.push({ kind: 'places', label: `region ${region}`, names: [], region });
  for (const park of article.parks) facts.push({ kind: 'places', label: `park ${park.name}`, names: parkNames.get(park.id)!, park: park.id });
  for (const firm of article.firms) facts.push({ kind: 'firms', label: `firm ${firm.name}`, names: firmNames.get(firm.id)! });
  for (const project of article.projects) {
    facts.push({
      kind: 'projects',
      label: `project ${project.name}`,
      names: [project.name, ...project.aliases].map((n) => normaliseName(toSimplified(n))),
      firmNames: project.firm ? firmNames.get(project.firm) : undefined,
      investmentCny: project.investmentCny,
      signedOn: project.signedOn,
      region: project.region,
      park: project.park,
      parkNames: project.park ? parkNames.get(project.park) : undefined,
    });
  }
  for (const focus of article.focuses) {
    const place = focus.park ?? focus.region!;
    facts.push({
      kind: 'roles',
      label: `role ${place} ${focus.chain} ${focus.role ?? '-'}`,
      names: focus.park ? parkNames.get(focus.park)! : [],
      region: focus.region,
      park: focus.park,
      chain: focus.chain,
      role: focus.role,
    });
  }
  for (const o of article.observations) {
    facts.push({
      kind: 'figures',
      label: `figure ${o.park ?? o.region} ${o.indicator} ${o.period ?? '-'} ${o.value}`,
      names: [],
      indicator: o.indicator,
      period: o.period,
      value: o.value,
      region: o.region,
      park: o.park,
    });
  }
  return unique(facts);
}
