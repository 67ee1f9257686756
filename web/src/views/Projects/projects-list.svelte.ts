import type { ProjectStatus, ProjectsPageQuery } from '../../generated/graphql';
import { request } from '../../lib/api/client';
import { statusName, t as common } from '../../lib/i18n/common-messages';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { PagedList } from '../../lib/state/paged-list';
import { t } from './messages';
import { ProjectsPage } from './operations';
import { projectsCsv, type CsvProject, type CsvText } from './projects-csv';
import type { ProjectsQuery } from './projects-query';

type Connection = ProjectsPageQuery['projects'];
export type ProjectRow = Connection['edges'][number]['node'];
export type Totals = Connection['aggregate'];

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

/** The table's data: pages of 50 projects with the figures over the whole filtered set, and the CSV export. */
export class ProjectList extends PagedList<ProjectsQuery, ProjectRow, Connection, { totals: Totals }> {
  exporting = $state<{ done: number; total: number } | undefined>(undefined);
  exportError = $state<Error | undefined>(undefined);

  protected async page(query: ProjectsQuery, after: string | null, first = PAGE): Promise<Connection> {
    return (await request(ProjectsPage, { ...query, first, after })).projects;
  }

  protected whole(page: Connection) {
    return { totals: page.aggregate };
  }

  /** Every project of the current query as a CSV file, fetched page by page. */
  async exportCsv(fileName: string) {
    const query = this.query;
    if (!query || this.exporting) return;
    this.exportError = undefined;
    const rows: CsvProject[] = [];
    let after: string | null = null;
    try {
      do {
        const page: Connection = await this.page(query, after, EXPORT_PAGE);
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
