import { readByline } from './byline.ts';
import { decodeText } from './decode-text.ts';
import { docxText } from './docx-text.ts';
import { declaredCharset, fileFormat } from './file-format.ts';
import { htmlText } from './html-text.ts';
import { IngestInputError } from './ingest-input-error.ts';
import { MAX_FILE_BYTES, MAX_KANA_SHARE, MAX_TEXT_BYTES, MIN_CHINESE_SHARE, megabytes } from './limits.ts';
import { detectScript, letterShares, type Script } from './script.ts';

/** An article as given: a file's bytes (its name tells the format; without one, its first bytes do), or pasted text. */
export type ArticleSource = { bytes: Uint8Array; fileName?: string } | { text: string };

/** An article's text, ready for ArticleExtractor (ingest/extract/extract-article.ts). */
export interface ArticleText {
  /** The article's text, a paragraph a line (\n), without markup; NBSP and full-width spaces as written. */
  text: string;
  script: Script;
  /** The first line that is not a site's name, breadcrumb or byline; for a web page, its first <h1> that is not the site's name, else its <title> without the site's name. */
  title?: string;
  /** YYYY-MM-DD, when the byline (or a web page's <meta>) gives it. */
  publishedOn?: string;
  /** 字数: the characters of the text, white space not counted. */
  characters: number;
}

const percent = (share: number) => `${(100 * share).toFixed(0)} %`;

/** \r\n and \r to \n, no BOM, no white space at the ends. */
function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
}

/** Refuses, before any parsing, what is too large to be one article: `size` in bytes, `limit` too. */
function checkSize(size: number, limit: number): void {
  if (size > limit) throw new IngestInputError('tooLarge', { size: megabytes(size), limit: megabytes(limit) });
}

async function textOf(source: ArticleSource): Promise<{ text: string; title?: string; publishedOn?: string }> {
  if ('text' in source) {
    // A UTF-16 string's length never exceeds its UTF-8 size: a 10 MB paste is refused without reading it.
    checkSize(source.text.length, MAX_TEXT_BYTES);
    checkSize(Buffer.byteLength(source.text, 'utf8'), MAX_TEXT_BYTES);
    return { text: source.text };
  }
  const { bytes, fileName } = source;
  const file = fileName ?? '';
  const format = fileFormat(bytes, fileName);
  checkSize(bytes.byteLength, MAX_FILE_BYTES[format]);
  if (format === 'docx') return { text: await docxText(bytes, file) };
  if (format === 'txt') return { text: decodeText(bytes, file).text };
  return htmlText(decodeText(bytes, file, declaredCharset(bytes)).text);
}

/**
 * Reads an article for ingest: a pasted text, or a .txt (UTF-8, GBK/GB18030, Big5), .html or
 * .docx file. Throws IngestInputError, and returns nothing, for what is not one Chinese
 * article: an empty text, a file that is not text or of a kind not read, one too large, a text
 * not in Chinese.
 */
export async function readArticle(source: ArticleSource): Promise<ArticleText> {
  const read = await textOf(source);
  const text = normalise(read.text);
  checkSize(Buffer.byteLength(text, 'utf8'), MAX_TEXT_BYTES);
  if (!/[^\s\u3000\u00a0\u200b\ufeff]/.test(text)) throw new IngestInputError('emptyText');
  const { han, kana } = letterShares(text);
  if (han < MIN_CHINESE_SHARE) throw new IngestInputError('notChinese', { share: percent(han), needed: percent(MIN_CHINESE_SHARE) });
  if (kana > MAX_KANA_SHARE) throw new IngestInputError('japanese', { share: percent(kana) });
  const byline = readByline(text);
  const title = read.title ?? byline.title;
  const publishedOn = read.publishedOn ?? byline.publishedOn;
  return {
    text,
    script: detectScript(text),
    ...(title && { title }),
    ...(publishedOn && { publishedOn }),
    characters: text.match(/[^\s\u3000\u00a0]/gu)?.length ?? 0,
  };
}
