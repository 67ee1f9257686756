import { Load } from './load.svelte';

/** What a list needs of one page of a GraphQL connection. */
export interface Connection<Row> {
  edges: { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The rows loaded so far, what the first page told of the whole list, and where the next page starts. */
export type Paged<Row, Whole> = Whole & { rows: Row[]; hasMore: boolean; endCursor: string | null };

/**
 * A list fetched page by page: `show` starts over from the first page of a query, `more` adds the
 * next one. A view's list says how a page is fetched and what of the whole it keeps (a count, totals).
 */
export abstract class PagedList<Query, Row, Page extends Connection<Row>, Whole> {
  load = new Load<Paged<Row, Whole>>();
  /** The query whose pages are shown. */
  protected query: Query | undefined;

  protected abstract page(query: Query, after: string | null): Promise<Page>;
  protected abstract whole(page: Page): Whole;

  show(query: Query) {
    this.query = query;
    void this.load.run(async () => {
      const page = await this.page(query, null);
      return { ...this.whole(page), rows: page.edges.map((e) => e.node), hasMore: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
    });
  }

  more() {
    const query = this.query;
    const current = this.load.data;
    if (query === undefined || !current?.hasMore) return;
    void this.load.run(async () => {
      const page = await this.page(query, current.endCursor);
      return { ...current, rows: [...current.rows, ...page.edges.map((e) => e.node)], hasMore: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
    });
  }
}
