/** How large an article may be, as text: a long government report is about 100 KB; 2 MB is twenty of them. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * How large an uploaded file may be. A .txt file is its text, so it has the text's limit; a web
 * page or a Word file also carries markup, styles and pictures, so it may weigh more before its
 * text is taken out (and that text is then held to MAX_TEXT_BYTES).
 */
export const MAX_FILE_BYTES = { txt: MAX_TEXT_BYTES, html: 10 * 1024 * 1024, docx: 10 * 1024 * 1024 } as const;

/**
 * How much a .docx may unpack to: its parts (the text, styles, pictures) held together. A Word file
 * of 10 MB unpacks to about as much (its pictures are compressed already); a ZIP bomb of a few KB
 * unpacks to gigabytes, and is refused before mammoth unpacks it.
 */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** The least share of Han characters among the letters (Han, Latin, …) for a text to be taken as Chinese. */
export const MIN_CHINESE_SHARE = 0.2;

/** More Japanese kana than this share of the letters, and the text is Japanese, whatever its Han characters. */
export const MAX_KANA_SHARE = 0.05;

/** Shown in messages: 2 MB, 10 MB, 1.5 MB. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
