/**
 * Keys already seen in the file and the row that had each, to refuse a second copy of a firm
 * or project. Holds one short key per accepted row, not the rows.
 */
export class Duplicates {
  readonly #firstRow = new Map<string, number>();

  /** The row that already had this key, or undefined. */
  firstRowOf(key: string): number | undefined {
    return this.#firstRow.get(key);
  }

  remember(key: string, rowNumber: number): void {
    if (!this.#firstRow.has(key)) this.#firstRow.set(key, rowNumber);
  }
}

/** A name as compared for duplicates: NFKC (（） and () alike), no spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
