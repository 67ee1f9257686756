/**
 * What registry exports write for "no value" (../shared/IMPORT.md §1): read as empty, so that
 * unknown stays null and never becomes a value. All-`*` is a masked value.
 */
const EMPTY_MARKERS = new Set(['-', '--', '—', '——', '无', 'null', 'n/a', '/', '暂无', '未知', 'nan', '???']);

/**
 * One cell's text as the checks read it: trimmed, `="..."` unwrapped (天眼查 CSVs wrap cells so
 * that Excel keeps leading zeros), empty markers as null.
 */
export function cleanCell(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let text = raw.trim();
  const wrapped = /^="(.*)"$/s.exec(text);
  if (wrapped) text = wrapped[1]!.replace(/""/g, '"').trim();
  if (text === '' || /^\*+$/.test(text) || EMPTY_MARKERS.has(text.toLowerCase())) return null;
  return text;
}
