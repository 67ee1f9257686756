import path from 'node:path';
import { IngestInputError } from './ingest-input-error.ts';

export type FileFormat = 'txt' | 'html' | 'docx';

const EXTENSIONS: Record<string, FileFormat> = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.docx': 'docx' };
export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS);
export const SUPPORTED_EXTENSIONS = ARTICLE_EXTENSIONS.join(', ');

/** File kinds that are not text, by their first bytes: named in the message so the user knows what they gave. */
const MAGIC: { bytes: number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'Office 97–2003 (.doc/.xls)' },
];

/** What the first bytes say the file is (PDF, ZIP, …), if not text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  return MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b))?.kind;
}

/** Whether the start of the file, past a BOM and white space, is markup: <!doctype html>, <html>, <body>, <p>, <div>. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|meta|p|div|article)[\s>]/.test(head);
}

/**
 * The file's format: by its extension when it has one (an extension we do not read is refused,
 * naming it and the ones we do); by its first bytes when it has none (a paste saved without a name).
 */
export function fileFormat(bytes: Uint8Array, fileName: string | undefined): FileFormat {
  const extension = fileName ? path.extname(fileName).toLowerCase() : '';
  if (extension) {
    const format = EXTENSIONS[extension];
    if (!format) throw new IngestInputError('unsupportedFile', { extension, supported: SUPPORTED_EXTENSIONS });
    return format;
  }
  if (binaryKind(bytes) === 'ZIP') return 'docx';
  return looksLikeHtml(bytes) ? 'html' : 'txt';
}

/** The charset a web page declares in its first 1 KB: <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))?.[1];
}
