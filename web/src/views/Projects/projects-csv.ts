/**
 * The CSV export of the project table, kept free of the browser and of Svelte so that it can
 * be tested on its own. Excel reads a CSV as the system code page unless it starts with a
 * byte order mark, which would garble every Chinese name, hence the BOM.
 */

/** U+FEFF, written first so that Excel takes the file as UTF-8. */
export const BOM = '\uFEFF';

/** One project as the export needs it; only plain values, so the module knows no API types. */
export interface CsvProject {
  name: string;
  firm: string | null;
  place: string | null;
  chains: string[];
  status: string | null;
  signedOn: string | null;
  investmentCny: number | null;
  capacity: string | null;
  source: string | null;
}

export const CSV_COLUMNS = ['name', 'firm', 'place', 'chains', 'status', 'signedOn', 'investmentCny', 'capacity', 'source'] as const;

/** One field, quoted (RFC 4180) when a comma, a quote or a line break would otherwise split it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(fields: (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}

/** The whole file: BOM, header, one line per project, CRLF line ends as RFC 4180 and Excel expect. */
export function projectsCsv(projects: CsvProject[], header: readonly string[] = CSV_COLUMNS): string {
  const lines = [
    csvLine([...header]),
    ...projects.map((p) =>
      csvLine([p.name, p.firm, p.place, p.chains.join('; '), p.status, p.signedOn, p.investmentCny, p.capacity, p.source]),
    ),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
