import type { ProjectStatus, ProjectsPageQuery } from '../../generated/graphql';
import { request } from '../../lib/api/client';
import { statusName, t as common } from '../../lib/i18n/common-messages';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { Load } from '../../lib/state/load.svelte';
import { t } from './messages';
import { ProjectsPage } from './operations';
import { projectsCsv, type CsvProject, type CsvText } from './projects-csv';
import type { ProjectsQuery } from './projects-query';

type Connection = ProjectsPageQuery['projects'];
export type ProjectRow = Connection['edges'][number]['node'];
export type Totals = Connection['aggregate'];

/** The rows loaded so far, the figures over the whole filtered set, and where the next page starts. */
export interface ProjectsPageState {
  rows: ProjectRow[];
  totals: Totals;
  hasMore: boolean;
  endCursor: string | null;
}

const PAGE = 50;
/** The API's largest page, for the export, which wants every row in as few requests as possible. */
const EXPORT_PAGE = 100;

/** The chains a project is in: those of the segments it adds, and the one its article names. */
export function chainNames(project: ProjectRow): string[] {
  return [...new Set([...project.adds.map((s) => s.chain.name), ...(project.chain ? [project.chain.name] : [])])];
}

function csvRow(project: ProjectRow): CsvProject {
  return {
    name: project.name,
    firm: project.firm?.name ?? null,
    place: project.place && 'name' in project.place ? project.place.name : null,
    chains: chainNames(project),
    status: project.status,
    signedOn: project.signedOn,
    investmentCny: project.investmentCny,
    capacity: project.capacity,
    source: project.sources.map((s) => s.title).join('; ') || null,
  };
}

/** The export's headers and words in the interface's language, as the table shows them. */
function csvText(): CsvText {
  return {
    header: {
      name: t('col.name'),
      firm: t('col.firm'),
      place: t('col.place'),
      chains: t('col.chains'),
      status: t('col.status'),
      signedOn: t('col.signedOn'),
      investmentYi: t('csv.investmentYi'),
      investmentCny: t('csv.investmentCny'),
      capacity: t('col.capacity'),
      source: t('col.source'),
    },
    status: (status) => statusName(status as ProjectStatus),
    unknown: common('unknown'),
  };
}

/** The table's data: the first page on each new query, more pages on demand, and the CSV export. */
export class ProjectList {
  load = new Load<ProjectsPageState>();
  exporting = $state<{ done: number; total: number } | undefined>(undefined);
  exportError = $state<Error | undefined>(undefined);
  #query: ProjectsQuery | undefined;

  async #page(query: ProjectsQuery, first: number, after: string | null): Promise<Connection> {
    return (await request(ProjectsPage, { ...query, first, after })).projects;
  }

  show(query: ProjectsQuery) {
    this.#query = query;
    void this.load.run(async () => {
      const page = await this.#page(query, PAGE, null);
      return { rows: page.edges.map((e) => e.node), totals: page.aggregate, hasMore: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
    });
  }

  more() {
    const query = this.#query;
    const current = this.load.data;
    if (!query || !current?.hasMore) return;
    void this.load.run(async () => {
      const page = await this.#page(query, PAGE, current.endCursor);
      return { ...current, rows: [...current.rows, ...page.edges.map((e) => e.node)], hasMore: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
    });
  }

  /** Every project of the current query as a CSV file, fetched page by page. */
  async exportCsv(fileName: string) {
    const query = this.#query;
    if (!query || this.exporting) return;
    this.exportError = undefined;
    const rows: CsvProject[] = [];
    let after: string | null = null;
    try {
      do {
        const page: Connection = await this.#page(query, EXPORT_PAGE, after);
        rows.push(...page.edges.map((e) => csvRow(e.node)));
        this.exporting = { done: rows.length, total: page.totalCount };
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      download(projectsCsv(rows, csvText()), fileName);
    } catch (error) {
      this.exportError = error as Error;
      apiStatus.report(error);
    } finally {
      this.exporting = undefined;
    }
  }
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers read the blob only after the click returns, so it is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
