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
  /** The API's status (`SIGNED`), or null when the sources give none. */
  status: string | null;
  signedOn: string | null;
  investmentCny: number | null;
  capacity: string | null;
  source: string | null;
}

/** The columns, in order: the amount twice, in 亿元 as people read it and in yuan as the API has it. */
export const CSV_COLUMNS = ['name', 'firm', 'place', 'chains', 'status', 'signedOn', 'investmentYi', 'investmentCny', 'capacity', 'source'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words of the file, in the interface's language: the view passes them from its messages. */
export interface CsvText {
  header: Record<CsvColumn, string>;
  /** A status's readable name: 已签约 for `SIGNED`. */
  status: (status: string) => string;
  /** What an amount, a date or a status the sources do not give reads as (未知): an empty cell could be read as 0. */
  unknown: string;
}

/** One field, quoted (RFC 4180) when a comma, a quote or a line break would otherwise split it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(fields: (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}

/** Yuan in 亿元 (10⁸ yuan), to the 万元: four decimals at most, so 3.5亿元 is 3.5 and 8000万元 0.8. */
export function yuanToYi(yuan: number): number {
  return Number((yuan / 1e8).toFixed(4));
}

/** The whole file: BOM, header, one line per project, CRLF line ends as RFC 4180 and Excel expect. */
export function projectsCsv(projects: CsvProject[], text: CsvText): string {
  const known = <T>(value: T | null, shown: (value: T) => string | number = String) => (value === null ? text.unknown : shown(value));
  const lines = [
    csvLine(CSV_COLUMNS.map((column) => text.header[column])),
    ...projects.map((p) =>
      csvLine([
        p.name,
        p.firm,
        p.place,
        p.chains.join('; '),
        known(p.status, text.status),
        known(p.signedOn),
        known(p.investmentCny, yuanToYi),
        known(p.investmentCny),
        p.capacity,
        p.source,
      ]),
    ),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
