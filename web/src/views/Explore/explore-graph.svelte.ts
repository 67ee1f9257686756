import { request } from '../../lib/api/client';
import { captions } from '../../lib/graph/captions';
import { EMPTY_SUBGRAPH, mergeSubgraphs, toElements, withoutNodes, type Subgraph, type SubgraphNode } from '../../lib/graph/to-elements';
import { Load } from '../../lib/state/load.svelte';
import { ExploreEntity, ExploreNeighborhood } from './operations';
import { t } from './messages';

/** How far a node has been expanded: `shown` of its `total` neighbours, asked with `limit`. */
export interface Expansion {
  limit: number;
  shown: number;
  total: number;
}

interface Snapshot {
  graph: Subgraph;
  expansions: Record<string, Expansion>;
}

const FIRST_LIMIT = 50;
const LIMIT_STEP = 50;
/** The API's own upper bound for `neighborhood(limit:)`. */
const MAX_LIMIT = 500;

/**
 * What the Explore canvas holds: the nodes and edges gathered so far, which kinds are hidden,
 * how far each node was expanded, and the history that undo walks back.
 */
export class ExploreGraph {
  graph = $state.raw<Subgraph>(EMPTY_SUBGRAPH);
  hiddenTypes = $state.raw<ReadonlySet<string>>(new Set());
  expansions = $state.raw<Record<string, Expansion>>({});
  #history = $state.raw<Snapshot[]>([]);
  /** The request that is adding to the graph, for its loading and error state. */
  readonly load = new Load<Subgraph>();

  elements = $derived(toElements(this.graph, this.hiddenTypes, captions));
  canUndo = $derived(this.#history.length > 0);
  /** How many nodes of each kind the graph holds, shown or hidden, for the legend. */
  typeCounts = $derived(
    this.graph.nodes.reduce((counts, node) => counts.set(node.type, (counts.get(node.type) ?? 0) + 1), new Map<string, number>()),
  );
  visibleNodes = $derived(this.graph.nodes.filter((node) => !this.hiddenTypes.has(node.type)));
  visibleEdgeCount = $derived(this.elements.length - this.visibleNodes.length);

  node(id: string): SubgraphNode | undefined {
    return this.graph.nodes.find((node) => node.id === id);
  }

  /** Puts one entity on the canvas; true when it is there. */
  async add(id: string): Promise<boolean> {
    await this.load.run(async () => {
      const data = await request(ExploreEntity, { id });
      const nodes = data.paths[0]?.nodes ?? [];
      if (!nodes.length) throw new Error(t('notFound', { id }));
      return this.#merge({ nodes, edges: [] }, {});
    });
    return this.node(id) !== undefined;
  }

  /** Loads a node's neighbours, at most `limit` of them, onto the canvas. */
  async expand(id: string, limit = this.expansions[id]?.limit ?? FIRST_LIMIT): Promise<void> {
    await this.load.run(async () => {
      const data = await request(ExploreNeighborhood, { id, limit });
      if (!data.neighborhood) throw new Error(t('notFound', { id }));
      const { nodes, edges, omitted } = data.neighborhood;
      const shown = nodes.length - 1;
      return this.#merge({ nodes, edges }, { [id]: { limit, shown, total: shown + omitted } });
    });
  }

  /** Raises a node's limit by a step and loads again. */
  more(id: string): Promise<void> {
    const current = this.expansions[id]?.limit ?? FIRST_LIMIT;
    return this.expand(id, Math.min(current + LIMIT_STEP, MAX_LIMIT));
  }

  canMore(id: string): boolean {
    const expansion = this.expansions[id];
    return expansion !== undefined && expansion.shown < expansion.total && expansion.limit < MAX_LIMIT;
  }

  remove(id: string) {
    this.#remember();
    this.graph = withoutNodes(this.graph, new Set([id]));
    this.expansions = Object.fromEntries(Object.entries(this.expansions).filter(([key]) => key !== id));
  }

  undo() {
    const last = this.#history.at(-1);
    if (!last) return;
    this.#history = this.#history.slice(0, -1);
    this.graph = last.graph;
    this.expansions = last.expansions;
  }

  toggleType(type: string) {
    const next = new Set(this.hiddenTypes);
    if (!next.delete(type)) next.add(type);
    this.hiddenTypes = next;
  }

  #merge(subgraph: Subgraph, expansions: Record<string, Expansion>): Subgraph {
    this.#remember();
    this.graph = mergeSubgraphs(this.graph, subgraph);
    this.expansions = { ...this.expansions, ...expansions };
    return subgraph;
  }

  #remember() {
    this.#history = [...this.#history, { graph: this.graph, expansions: this.expansions }];
  }
}
