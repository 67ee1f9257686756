import type { FigureFields, NewIndicatorFields, PlaceRef } from '../proposal.ts';
import type { KnownIndicator } from '../gazetteer/gazetteer.ts';
import { reason, type Reason } from '../reasons.ts';
import { INDICATOR_RULES, MOVEMENT_ONLY } from './indicator-rules.ts';
import { periodAt, type PeriodHit } from './periods.ts';
import { isMoreThan, type Quantity } from './quantities.ts';

export type FigureMention =
  | { kind: 'figure'; fields: FigureFields; why: Reason[]; confidence: number }
  | { kind: 'new-indicator'; fields: NewIndicatorFields; why: Reason[]; confidence: number };

const BREAK = /[，,；;。、：:]/;
const PERIOD_WORDS = /预计|全年|今年|去年|同期|可|将|[\d一二三四]+(?:至|-)?\d*月份?|季度/g;
const NEGATIVE = /下降|下跌|减少|落后|低于|回落/;

/** What the indicator before this one moved by: its growth, its gap to a benchmark, its rank, its change. */
function derived(previous: string | undefined, quantity: Quantity, units: Map<string, string>): string | undefined {
  if (!previous) return undefined;
  const fits = (name: string) => units.has(name) && (units.get(name)!.includes(quantity.unit) || (quantity.unit === 'cny' && units.get(name) === 'cny'));
  const base = previous.replace(/_(growth_gap|growth_rank|gap|rank|change|growth|paid)$/, '');
  const wanted =
    quantity.unit === 'percentage_points' ? [`${base}_growth_gap`, `${base}_gap`]
    : quantity.unit === 'rank' ? [`${base}_growth_rank`, `${base}_rank`]
    : quantity.unit === 'percent' ? [`${base}_growth`, `${previous}_growth`, `${base}_change`, `${base.replace('_average', '')}_change`]
    : quantity.unit === 'cny' && !previous.endsWith('_change') ? [`${previous}_change`, previous]
    : [previous];
  return wanted.find(fits);
}

/**
 * The figures of a sentence: each quantity's indicator from the words around it
 * (indicator-rules.ts), or from the figure before it when the words only say how it moved.
 * A quantity that is a project's amount or capacity (投资30亿元华科新能源项目) is left to the
 * project. One no rule names becomes a new-indicator proposal, with its words as the label.
 */
export interface FigureContext {
  periods: PeriodHit[];
  reference: number;
  /** The last period named earlier in the paragraph (与此同时… goes on in it). */
  carried?: string;
  place: (at: number) => PlaceRef | undefined;
  known: KnownIndicator[];
}

export function findFigures(text: string, quantities: Quantity[], { periods, reference, carried, place, known }: FigureContext): FigureMention[] {
  const unitsOf = new Map(known.map((i) => [i.name, i.unit]));
  const found: FigureMention[] = [];
  let previous: string | undefined;
  quantities.forEach((quantity, i) => {
    const clauseStart = Math.max(text.slice(0, quantity.start).search(/[^，,；;。、：:]*$/), quantities[i - 1]?.end ?? 0);
    const before = text.slice(clauseStart, quantity.start);
    const afterEnd = text.slice(quantity.end).search(BREAK);
    const after = text.slice(quantity.end, afterEnd === -1 ? text.length : quantity.end + afterEnd);
    // A project's amount or capacity belongs to the project.
    if (['cny', 'tonnes', 'gwh'].includes(quantity.unit) && /项目/.test(after) && /投资|年产/.test(before + after)) return;
    if (/项目[，,]?(?:总投资|计划投资|投资)(?:规模|额)?(?:为|达)?(?:超过|超|约|近)?$/.test(text.slice(Math.max(0, quantity.start - 14), quantity.start))) return;
    if (['mw'].includes(quantity.unit)) return;
    // A period's number (前4个月) and a threshold (10亿元以上项目) are no figures.
    if (periods.some((p) => p.start <= quantity.start && quantity.end <= p.end) || /^(以上|以下)/.test(after)) return;
    const words = `${before}#${quantity.measure ?? ''}${after}`;
    // A share (占全区工业营收的35%) is no growth of what it is a share of.
    const share = /占|比重/.test(before) && quantity.unit === 'percent';
    const fits = (r: (typeof INDICATOR_RULES)[number], w: string) =>
      r.unit.includes(quantity.unit) && (!r.measure || r.measure.test(quantity.measure ?? '')) && !(share && r.indicator.endsWith('_growth')) && r.words.test(w);
    // The clause's words first; then the sentence's up to the figure (峡江县增速达10.4%, after 规上工业增加值增速…).
    const rule =
      INDICATOR_RULES.find((r) => fits(r, words)) ??
      (/增速|增长|下降|下跌/.test(before) || ['tonnes', 'gwh'].includes(quantity.unit) ? INDICATOR_RULES.find((r) => fits(r, `${text.slice(0, quantity.start)}#${quantity.measure ?? ''}${after}`)) : undefined);
    // Words that only say how the figure before moved (同比增长24.0%), or the next item of its list (年产碳酸锂12万吨、负极材料11万吨).
    const bare = before.replace(PERIOD_WORDS, '');
    const moves = MOVEMENT_ONLY.test(bare) && /增|降|跌|减|提高|上升/.test(bare);
    const listItem = text[clauseStart - 1] === '、' && !rule;
    const fromBefore = moves || listItem || (!rule && (MOVEMENT_ONLY.test(bare) || ['rank', 'percentage_points'].includes(quantity.unit))) ? derived(previous, quantity, unitsOf) : undefined;
    const indicator = fromBefore ?? rule?.indicator;
    const negative = NEGATIVE.test(before) && ['percent', 'percentage_points', 'cny'].includes(quantity.unit);
    const value = negative ? -quantity.value : quantity.value;
    const hit = periods.filter((p) => p.start < quantity.start).at(-1);
    const forecast = hit ? /预计\s*$/.test(text.slice(Math.max(0, hit.start - 4), hit.start)) || /预计/.test(text.slice(hit.end, quantity.start)) : /预计/.test(text.slice(0, quantity.start));
    const period = periodAt(periods, quantity.start, reference, carried);
    const at = place(quantity.start);
    if (!indicator) {
      if (quantity.unit === 'rank') return;
      found.push({
        kind: 'new-indicator',
        fields: { ...at, label: text.slice(clauseStart, quantity.end + after.length).slice(-30), period, value, unit: quantity.unit },
        why: [reason('newIndicator')],
        confidence: 0.3,
      });
      return;
    }
    const prior = previous;
    previous = indicator;
    const unit = quantity.unit === 'tonnes' || quantity.unit === 'gwh' ? quantity.unit : (unitsOf.get(indicator) ?? quantity.unit);
    const qualifier = forecast ? 'forecast' : isMoreThan(quantity.qualifier) ? 'more_than' : undefined;
    found.push({
      kind: 'figure',
      fields: { ...at, indicator, period, value, unit, ...(qualifier ? { qualifier } : {}) },
      why: [
        !fromBefore && rule
          ? reason('indicatorWords', { words: (rule.words.exec(words) ?? rule.words.exec(text))?.[0] ?? '', quantity: quantity.text })
          : reason(prior === indicator ? 'figureGoesOn' : 'figureMovement', { quantity: quantity.text }),
      ],
      confidence: !fromBefore && rule ? 0.75 : 0.55,
    });
  });
  return found;
}
