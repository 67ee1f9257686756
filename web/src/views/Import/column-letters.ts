/** A column's letter as Excel shows it, from its index from 0: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** The file's columns, each with its letter and header, for choosing one by hand. */
export function fileColumns(header: (string | null)[]): { letter: string; header: string }[] {
  return header.map((cell, i) => ({ letter: columnLetter(i), header: cell ?? '' }));
}
