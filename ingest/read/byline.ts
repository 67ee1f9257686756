/** A line longer than this is body text, not a title or byline. */
const MAX_HEAD_LINE = 80;
/** The head of an article (title, source, byline) is within its first lines. */
const HEAD_LINES = 12;

/** A site's name above the title (人民網, 踏青网) or a breadcrumb (人民網>>江西): not the title. */
export function isMasthead(line: string): boolean {
  if (/[>›＞»]/.test(line)) return true;
  return line.length <= 8 && /(网|網|报|報|频道|頻道|客户端|客戶端|新闻|新聞|在线|在線|\.com|\.cn)$/i.test(line);
}

/** Words of a byline, beside its date: 来源, 发布, 阅读, 编辑, … */
const BYLINE_WORDS = /来源|來源|发布|發布|日期|时间|時間|作者|编辑|編輯|阅读|閱讀|记者|記者|\d{1,2}:\d{2}/;

const DATE = /(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;

/** YYYY-MM-DD if the three numbers make a calendar date. */
function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** The date of a byline: a line that starts with its date or names its source or time; a sentence (…签约。) is body text. */
function bylineDate(line: string): string | undefined {
  const m = DATE.exec(line);
  if (!m || /[。！？]/.test(line) || (m.index > 0 && !BYLINE_WORDS.test(line))) return undefined;
  return isoDate(m[1]!, m[2]!, m[3]!);
}

/** The article's head: its first non-empty lines, up to the first that is body text. */
function headLines(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);
  const body = lines.findIndex((l) => l.length > MAX_HEAD_LINE);
  return body === -1 ? lines : lines.slice(0, body);
}

/**
 * The title and publication date an article's head gives: the title is its first line that is
 * not a site's name or breadcrumb (人民網, 人民網>>江西) nor the byline; the date is the first
 * full date of a head line that is a byline ("2024-05-23 04:31 阅读", "2022年06月14日08:19 |
 * 來源:江西日報", "来源:新华网 2024/3/5"). A date in body text (2019年以来, 2019年3月5日,…签约。)
 * is never taken for the publication date.
 */
export function readByline(text: string): { title?: string; publishedOn?: string } {
  const head = headLines(text);
  const publishedOn = head.map(bylineDate).find(Boolean);
  const title = head.find((l) => !isMasthead(l) && !bylineDate(l) && /\p{Script=Han}/u.test(l));
  return { ...(title && { title }), ...(publishedOn && { publishedOn }) };
}
