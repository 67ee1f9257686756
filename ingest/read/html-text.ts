import { Parser } from 'htmlparser2';
import { isMasthead } from './byline.ts';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'button']);
/** Elements that start and end a line: paragraphs and their like. */
const BLOCKS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'aside', 'blockquote', 'pre', 'figure', 'figcaption', 'ul', 'ol', 'dl', 'main', 'nav', 'form', 'address', 'caption',
]);
/** <meta> names and properties that carry the publication date. */
const DATE_METAS = new Set(['article:published_time', 'publishdate', 'pubdate', 'publish_date', 'date', 'dc.date', 'og:published_time']);

export interface HtmlText {
  text: string;
  /** The page's first <h1> that is not the site's name, else its <title> without the site's name. */
  title?: string;
  /** YYYY-MM-DD from a <meta> naming the publication date. */
  publishedOn?: string;
}

/** A <title> without the site's name after it: "新干如何逆势破局 - 大江网" → "新干如何逆势破局". */
function pageTitle(title: string): string | undefined {
  const [first] = collapse(title).trim().split(/\s+[-|–]\s+|_|｜/);
  return first || undefined;
}

/** HTML's white space (not NBSP or the full-width space, which the article wrote). */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

/**
 * The text of a web page: what its body shows, a paragraph a line, without scripts, styles or
 * the head. htmlparser2 reads it as a browser would, forgiving unclosed tags and decoding entities.
 */
export function htmlText(html: string): HtmlText {
  const lines: string[] = [];
  let line = '';
  let skipping = 0;
  let inHead = false;
  let inTitle = false;
  const headings: string[] = [];
  let inH1 = false;
  let title = '';
  let h1Text = '';
  let publishedOn: string | undefined;
  const endLine = () => {
    const trimmed = line.replace(/^ +| +$/g, '');
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'head') inHead = true;
        else if (name === 'body') inHead = false;
        else if (name === 'title') inTitle = true;
        else if (name === 'h1') [inH1, h1Text] = [true, ''];
        else if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          const date = /^(\d{4}-\d{2}-\d{2})/.exec(attributes.content ?? '')?.[1];
          if (DATE_METAS.has(key) && date && !publishedOn) publishedOn = date;
        }
        if (BLOCKS.has(name)) endLine();
        if (name === 'td' || name === 'th') line += ' ';
      },
      ontext(text) {
        if (skipping > 0) return;
        if (inTitle) title += text;
        if (inHead || inTitle) return;
        if (inH1) h1Text += text;
        line += collapse(text);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (name === 'head') inHead = false;
        else if (name === 'title') inTitle = false;
        else if (name === 'h1' && inH1) {
          inH1 = false;
          headings.push(collapse(h1Text).trim());
        }
        if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const heading = headings.find((h) => h && !isMasthead(h)) || pageTitle(title);
  return { text: lines.join('\n'), ...(heading && { title: heading }), ...(publishedOn && { publishedOn }) };
}
