import type { ElementDefinition } from 'cytoscape';
import type { ChainMapDataQuery, Stage } from '../../generated/graphql';

type ChainMap = NonNullable<ChainMapDataQuery['chainMap']>;
type LinkSegment = ChainMap['links'][number]['from'];

const STAGES: Stage[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
const COLUMN = 215;
const ROW = 90;

/**
 * Lays the chain out in fixed columns, upstream to downstream, with the neighbouring chains'
 * segments in an extra column at each edge: suppliers on the left, users on the right. A
 * preset layout keeps stages in the same place for every place, so maps can be compared.
 */
export function chainElements(
  map: ChainMap,
  opportunities: ReadonlySet<string>,
  names: { label: (segment: { name: string; nameEn: string }) => string; count: (segment: ChainMap['segments'][number]) => string; stage: (stage: Stage) => string; chain: (chain: { name: string; nameEn: string }) => string },
): ElementDefinition[] {
  const own = new Set(map.segments.map((s) => s.segment.id));
  // Neighbours wrap into further columns outwards once a column is as tall as the chain's
  // tallest stage, so a chain with many cross-chain links stays wide rather than tall.
  const perColumn = Math.max(5, ...STAGES.map((stage) => map.segments.filter((s) => s.segment.stage === stage).length));
  const columns = new Map<number, string[]>();
  const place = (id: string, column: number, outwards = 0) => {
    let at = column;
    while ((columns.get(at)?.length ?? 0) >= perColumn && outwards) at += outwards;
    const ids = columns.get(at) ?? [];
    ids.push(id);
    columns.set(at, ids);
    return { x: at * COLUMN, y: (ids.length - 1) * ROW };
  };

  const elements: ElementDefinition[] = STAGES.map((stage, i) => ({
    group: 'nodes',
    data: { id: `stage:${stage}`, label: names.stage(stage) },
    classes: 'stage',
    position: { x: (i + 1) * COLUMN, y: -ROW * 0.8 },
    selectable: false,
    grabbable: false,
  }));

  for (const item of map.segments) {
    const id = item.segment.id;
    elements.push({
      group: 'nodes',
      data: { id, label: `${names.label(item.segment)}\n${names.count(item)}` },
      classes: [item.coverage, opportunities.has(id) ? 'opportunity' : ''].join(' ').trim(),
      position: place(id, STAGES.indexOf(item.segment.stage) + 1),
    });
  }

  const neighbours = new Map<string, { segment: LinkSegment; column: number }>();
  for (const link of map.links) {
    if (!own.has(link.from.id) && !neighbours.has(link.from.id)) neighbours.set(link.from.id, { segment: link.from, column: 0 });
    if (!own.has(link.to.id) && !neighbours.has(link.to.id)) neighbours.set(link.to.id, { segment: link.to, column: STAGES.length + 1 });
  }
  for (const { segment, column } of neighbours.values()) {
    elements.push({
      group: 'nodes',
      data: { id: segment.id, label: `${names.label(segment)}\n${names.chain(segment.chain)}` },
      classes: ['neighbour', opportunities.has(segment.id) ? 'opportunity' : ''].join(' ').trim(),
      position: place(segment.id, column, column === 0 ? -1 : 1),
    });
  }

  // Columns are centred vertically on one another, so short columns do not hang at the top.
  const tallest = Math.max(...[...columns.values()].map((ids) => ids.length));
  for (const element of elements) {
    const id = element.data.id;
    if (!id || !element.position || id.startsWith('stage:')) continue;
    const column = [...columns.values()].find((ids) => ids.includes(id));
    if (column) element.position.y += ((tallest - column.length) * ROW) / 2;
  }

  for (const link of map.links) {
    elements.push({
      group: 'edges',
      data: { id: `${link.from.id}->${link.to.id}`, source: link.from.id, target: link.to.id, label: link.crossChain ? names.chain(own.has(link.from.id) ? link.to.chain : link.from.chain) : '' },
      classes: link.crossChain ? 'cross' : '',
    });
  }
  return elements;
}
