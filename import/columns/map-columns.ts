import { ImportError } from '../import-error.ts';
import { fieldSynonyms, IMPORT_KINDS, type Field, type ImportKind } from './fields.ts';
import { columnLetter, fieldOfHeader, normalizeHeader, splitHeaderUnit } from './header-names.ts';

/** A column as the user names it: its header and its letter in Excel. */
export interface ColumnRef {
  index: number;
  header: string;
  letter: string;
}

export interface MappedColumn extends ColumnRef {
  field: Field;
  /** A unit the header gives its cells (总投资（亿元）), used where a cell gives none. */
  unit: string | null;
  by: 'header' | 'override';
}

export interface ColumnMapping {
  kind: ImportKind;
  kindSource: 'given' | 'detected';
  columns: Map<Field, MappedColumn>;
  /** Columns that name no field we read (or a field another column already gives). */
  unread: ColumnRef[];
}

function refs(header: (string | null)[]): ColumnRef[] {
  return header.flatMap((text, index) => (text === null ? [] : [{ index, header: text, letter: columnLetter(index) }]));
}

function detectedColumns(kind: ImportKind, columns: ColumnRef[]): Map<Field, MappedColumn> {
  const best = new Map<Field, MappedColumn & { rank: number }>();
  for (const column of columns) {
    const found = fieldOfHeader(kind, column.header);
    if (!found) continue;
    const current = best.get(found.field);
    if (!current || found.rank < current.rank) best.set(found.field, { ...column, field: found.field, unit: found.unit, by: 'header', rank: found.rank });
  }
  return new Map([...best].map(([field, { rank: _rank, ...column }]) => [field, column]));
}

/** The kind whose fields the header names most; a roster when it is a tie. */
function detectKind(columns: ColumnRef[]): ImportKind {
  const counts = IMPORT_KINDS.map((kind) => ({ kind, count: detectedColumns(kind, columns).size }));
  return counts.reduce((a, b) => (b.count > a.count ? b : a)).kind;
}

/**
 * Which column gives which field: detected from the header, then `field=header` overrides
 * (a header by its text or its column letter).
 */
export function mapColumns(header: (string | null)[], options: { kind?: ImportKind; overrides?: string[] } = {}): ColumnMapping {
  const columns = refs(header);
  const kind = options.kind ?? detectKind(columns);
  const mapped = detectedColumns(kind, columns);
  for (const override of options.overrides ?? []) {
    const [field, wanted] = override.split('=', 2).map((part) => part.trim());
    if (!field || !wanted || !(field in fieldSynonyms[kind])) {
      throw new ImportError('badMap', { map: override, fields: Object.keys(fieldSynonyms[kind]).join(', ') });
    }
    const column =
      columns.find((c) => normalizeHeader(c.header) === normalizeHeader(wanted)) ?? columns.find((c) => c.letter === wanted.toUpperCase());
    if (!column) throw new ImportError('mapHeaderNotFound', { map: override, headers: columns.map((c) => c.header).join(', ') });
    for (const [other, c] of mapped) if (c.index === column.index) mapped.delete(other);
    mapped.set(field as Field, { ...column, field: field as Field, unit: splitHeaderUnit(column.header).unit, by: 'override' });
  }
  if (!mapped.has('name')) throw new ImportError('noNameColumn', { kind, headers: columns.map((c) => c.header).join(', ') });
  const used = new Set([...mapped.values()].map((c) => c.index));
  return { kind, kindSource: options.kind ? 'given' : 'detected', columns: mapped, unread: columns.filter((c) => !used.has(c.index)) };
}
