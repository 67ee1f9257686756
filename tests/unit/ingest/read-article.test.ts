import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleExtractor } from '../../../ingest/extract/extract-article.ts';
import { seedGazetteer } from '../../../ingest/gazetteer/seed-gazetteer.ts';
import { IngestInputError } from '../../../ingest/read/ingest-input-error.ts';
import { readArticle, type ArticleSource } from '../../../ingest/read/read-article.ts';
import { readSeed } from '../../../seed/read-seed.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'read-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a real file and reads it back as an upload would give it. */
function file(name: string, content: string | Uint8Array): ArticleSource {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return { bytes: new Uint8Array(readFileSync(at)), fileName: name };
}

/** The error readArticle throws, checked to be an IngestInputError. */
async function refusal(source: ArticleSource): Promise<IngestInputError> {
  const error = await readArticle(source).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestInputError);
  return error as IngestInputError;
}

const SIMPLIFIED = [
  '扭转工业负增长局面 新干如何逆势破局?',
  '',
  '2024-05-23 04:31 阅读',
  '大江网-信息日报',
  '',
  '  近日,吉安市各县区2024年一季度规上工业增加值增速及排名公布,新干县成全市唯一负增长县区,而相邻的峡江县增速达10.4%,超过全市水平。',
  '  今年以来,峡江县紧盯新能源、新材料等主导产业,签约项目12个,总投资超50亿元,其中江西某新能源科技有限公司年产5GWh锂电池项目已开工建设。',
].join('\n');

// Big5 has no NBSP (the seed's title has one); a full-width space is kept as written too.
const TRADITIONAL = [
  '工業強縣\u3000產業興縣',
  '',
  '2022年06月14日08:19 | 來源:江西日報',
  '',
  '  安義,地處南昌市西北,與省城隔山而望。地理優勢並不明顯的安義,如何跨出“山口”,蹚出新路,全面蝶變?',
  '  安義高新園區作為省級園區,在“強省會”戰略中瞄准打造“新型”園區示范,鋁型材產業集群年主營業務收入突破百億元。',
].join('\n');

describe('readArticle: text files in any Chinese encoding', () => {
  it('reads a GBK .txt as Simplified, with its title and byline date', async () => {
    const article = await readArticle(file('gbk.txt', iconv.encode(SIMPLIFIED.replace(/\n/g, '\r\n'), 'gbk')));
    expect(article).toMatchObject({ text: SIMPLIFIED, script: 'simplified', title: '扭转工业负增长局面 新干如何逆势破局?', publishedOn: '2024-05-23' });
    expect(article.characters).toBe(SIMPLIFIED.replace(/\s/g, '').length);
  });

  it('reads a Big5 .txt as Traditional, keeping the full-width space of its title', async () => {
    const article = await readArticle(file('big5.txt', iconv.encode(TRADITIONAL, 'big5')));
    expect(article).toMatchObject({ text: TRADITIONAL, script: 'traditional', title: '工業強縣\u3000產業興縣', publishedOn: '2022-06-14' });
  });

  it('tells GBK from Big5 on short files too, where chardet guesses wrong', async () => {
    for (const [name, text, encoding] of [
      ['short-gbk.txt', '扭转工业负增长局面', 'gbk'],
      ['short-big5.txt', '發揚“有求必應、無事不擾”的“店小二”精神', 'big5'],
    ] as const) {
      expect((await readArticle(file(name, iconv.encode(text, encoding)))).text).toBe(text);
    }
  });

  it('reads UTF-8 with a BOM, and pasted text, the same', async () => {
    const fromFile = await readArticle(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')])));
    expect(fromFile.text).toBe(SIMPLIFIED);
    expect(await readArticle({ text: `${SIMPLIFIED}\r\n` })).toEqual(fromFile);
  });

  it('takes no body date for the publication date', async () => {
    const article = await readArticle({ text: '吉安:工业强市迈出新步伐\n\n2019年以来,吉安市纵深推进工业强市核心战略。2019年3月5日,立讯智造项目签约。' });
    expect(article.title).toBe('吉安:工业强市迈出新步伐');
    expect(article.publishedOn).toBeUndefined();
  });
});

describe('readArticle: web pages and Word files', () => {
  it('reads the body of an HTML page, a paragraph a line, without scripts, styles or the head', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新干如何逆势破局 - 大江网</title>
      <meta property="article:published_time" content="2024-05-23T04:31:00+08:00">
      <style>p { color: red }</style><script>var 新干 = "不是正文";</script></head>
      <body><nav>首页 &gt; 新闻</nav><h1>扭转工业负增长局面 新干如何逆势破局?</h1>
      <p>近日,吉安市各县区&nbsp;2024年一季度规上工业增加值增速公布。<br>峡江县增速达10.4%。</p>
      <div><p>今年以来,峡江县签约项目12个,
      总投资超50亿元。</p></div><script>document.write('广告')</script><noscript>请启用脚本</noscript></body></html>`;
    const article = await readArticle(file('page.html', html));
    expect(article.text.split('\n')).toEqual([
      '首页 > 新闻',
      '扭转工业负增长局面 新干如何逆势破局?',
      '近日,吉安市各县区\u00a02024年一季度规上工业增加值增速公布。',
      '峡江县增速达10.4%。',
      '今年以来,峡江县签约项目12个, 总投资超50亿元。',
    ]);
    expect(article).toMatchObject({ title: '扭转工业负增长局面 新干如何逆势破局?', publishedOn: '2024-05-23', script: 'simplified' });
  });

  it('takes a page title from an <h1> that is not the site name, else from <title> without the site name', async () => {
    const page = (head: string, body: string) => readArticle(file('title.html', `<html><head><title>${head}</title></head><body>${body}<p>峡江县增速达10.4%。</p></body></html>`));
    expect((await page('新干如何逆势破局 - 大江网', '<h1>大江网</h1><h1>扭转工业负增长局面</h1>')).title).toBe('扭转工业负增长局面');
    expect((await page('新干如何逆势破局 - 大江网', '')).title).toBe('新干如何逆势破局');
    expect((await page('新干如何逆势破局_新闻_人民网', '<h1>人民網</h1>')).title).toBe('新干如何逆势破局');
  });

  it('reads a GBK-encoded .htm page', async () => {
    // Mostly ASCII markup: the page's own <meta charset> says GBK where chardet might not.
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>吉安:工业强市迈出新步伐</title></head><body><p>2019年以来,吉安市纵深推进工业强市核心战略,迈出了工业可持续高质量跨越式发展的新步伐。</p></body></html>';
    const article = await readArticle(file('page.htm', iconv.encode(html, 'gbk')));
    expect(article).toMatchObject({ title: '吉安:工业强市迈出新步伐', text: '2019年以来,吉安市纵深推进工业强市核心战略,迈出了工业可持续高质量跨越式发展的新步伐。' });
  });

  it('reads the paragraphs of a .docx file', async () => {
    const article = await readArticle(file('report.docx', await docx(['吉安:工业强市迈出新步伐', '', '2019年以来,吉安市纵深推进工业强市核心战略。', '立讯智造成为全市第二家百亿企业。'])));
    expect(article.text).toBe('吉安:工业强市迈出新步伐\n2019年以来,吉安市纵深推进工业强市核心战略。\n立讯智造成为全市第二家百亿企业。');
    expect(article).toMatchObject({ title: '吉安:工业强市迈出新步伐', script: 'simplified' });
  });

  it('tells a file without a name by its first bytes', async () => {
    expect((await readArticle({ bytes: await docx(['立讯智造成为全市第二家百亿企业。']) })).text).toBe('立讯智造成为全市第二家百亿企业。');
    expect((await readArticle({ bytes: Buffer.from('<html><body><p>峡江县增速达10.4%。</p><script>x()</script></body></html>') })).text).toBe('峡江县增速达10.4%。');
  });
});

describe('readArticle: the five seed sources', () => {
  const seed = readSeed();
  const extractor = new ArticleExtractor(seedGazetteer(seed));
  for (const { source, text } of seed.articles) {
    it(`${source.file} has the title, date and script of ${source.id}.yaml, and extracts as the file itself does`, async () => {
      const article = await readArticle(file(source.file, readFileSync(path.join('seed/articles/sources', source.file))));
      expect({ title: article.title, publishedOn: article.publishedOn, script: article.script }).toEqual({
        title: source.title,
        publishedOn: source.publishedOn,
        script: source.script,
      });
      expect(extractor.extract(article)).toEqual(extractor.extract({ text, publishedOn: source.publishedOn }));
    });
  }
});

describe('readArticle: bad input is refused, with what was wrong', () => {
  it('refuses empty and white-space-only text', async () => {
    expect((await refusal({ text: '' })).code).toBe('emptyText');
    expect((await refusal({ text: ' \r\n\u3000\u00a0\t\n' })).code).toBe('emptyText');
    expect((await refusal(file('empty.txt', ''))).code).toBe('emptyText');
    expect((await refusal(file('blank.html', '<html><body><script>var a = "新干";</script></body></html>'))).code).toBe('emptyText');
  });

  it('refuses a 10 MB paste at once, naming the limit', async () => {
    const paste = '新干县工业增加值增速10.4%。'.repeat(700_000);
    const started = performance.now();
    const error = await refusal({ text: paste });
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.code).toBe('tooLarge');
    expect(error.message).toContain('the limit is 2 MB');
    expect(error.describe('zh')).toContain('上限是 2 MB');
  });

  it('refuses a .txt file over 2 MB before decoding it', async () => {
    const error = await refusal(file('huge.txt', Buffer.alloc(3 * 1024 * 1024, 'a')));
    expect(error.params).toEqual({ size: '3 MB', limit: '2 MB' });
  });

  it('refuses a binary file: NUL bytes, or a PDF renamed .txt', async () => {
    const nul = await refusal(file('data.txt', Buffer.from([0x4e, 0x00, 0x01, 0x02, 0xe6, 0x96, 0xb0])));
    expect(nul.code).toBe('binaryFile');
    expect(nul.message).toBe('data.txt is not a text file (it holds NUL bytes): upload a .txt, .html or .docx file, or copy and paste the text.');
    const pdf = await refusal(file('report.txt', '%PDF-1.7\n1 0 obj'));
    expect(pdf.message).toContain('it is a PDF file');
    const unnamed = await refusal({ bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]) });
    expect(unnamed.message).toMatch(/^The file is not a text file \(it is a PNG file\)/);
    expect(unnamed.describe('zh')).toMatch(/^该文件不是文本文件（是 PNG 文件）/);
  });

  it('refuses .pdf and .png files, naming the extension and the ones read', async () => {
    const pdf = await refusal(file('report.pdf', '%PDF-1.7\n'));
    expect(pdf.code).toBe('unsupportedFile');
    expect(pdf.message).toBe('.pdf files are not read: upload a .txt, .html, .htm, .docx file, or copy and paste the text.');
    expect(pdf.describe('zh')).toContain('不支持 .pdf 文件');
    expect((await refusal(file('photo.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47])))).params.extension).toBe('.png');
  });

  it('refuses text that is not Chinese, saying what share was found', async () => {
    const error = await refusal({ text: 'Xingan county (新干县) saw industrial output fall by 2.9 % in the first quarter of 2024, the only county of Ji’an to shrink.' });
    expect(error.code).toBe('notChinese');
    expect(error.params).toEqual({ share: '3 %', needed: '20 %' });
    expect(error.message).toContain('Chinese characters are 3 % of its letters');
    const japanese = await refusal({ text: '吉安市の新干県では、2024年第1四半期の工業生産が前年比2.9%減少し、市内で唯一のマイナス成長となった。' });
    expect(japanese.code).toBe('japanese');
    expect(japanese.describe('zh')).toContain('像是日文');
    const shiftJis = await refusal(file('japanese.txt', iconv.encode('吉安市の新干県では、工業生産が前年比2.9%減少し、市内で唯一のマイナス成長となった。', 'shift_jis')));
    expect(shiftJis.code).toBe('japanese');
  });

  it('refuses a .docx that is not a ZIP archive, or a ZIP without a document', async () => {
    const notZip = await refusal(file('renamed.docx', '新干县工业增加值增速'));
    expect(notZip.params).toEqual({ file: 'renamed.docx', reason: 'notZip' });
    const zip = new JSZip().file('hello.txt', '新干');
    const noDocument = await refusal(file('empty.docx', await zip.generateAsync({ type: 'uint8array' })));
    expect(noDocument.message).toContain('the archive has no word/document.xml');
  });

  it('refuses a .docx that unpacks to more than an article could (a ZIP bomb), whether it declares its size or hides it', async () => {
    // 60 MB of one character packs into about 60 KB.
    const bomb = await new JSZip()
      .file('word/document.xml', ' '.repeat(60 * 1024 * 1024))
      .generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const declared = await refusal(file('bomb.docx', bomb));
    expect(declared.code).toBe('unpacksTooLarge');
    expect(declared.message).toBe('bomb.docx unpacks to more than 50 MB (a Word file is a ZIP archive): no article is that large, so it may be damaged or crafted. Save it as .txt, or copy and paste the text.');
    expect(declared.describe('zh')).toContain('解压后超过 50 MB');

    // The same archive declaring 1 KB for the part, in its local header and in the central directory
    // (the uncompressed size 22 and 24 bytes into them, the name 30 and 46).
    const hidden = Buffer.from(bomb);
    for (const [signature, size, name] of [[0x04034b50, 22, 30], [0x02014b50, 24, 46]] as const) {
      for (let i = hidden.indexOf(u32(signature)); i !== -1; i = hidden.indexOf(u32(signature), i + 4)) {
        if (hidden.toString('latin1', i + name, i + name + 17) === 'word/document.xml') hidden.writeUInt32LE(1024, i + size);
      }
    }
    expect((await refusal(file('hidden-bomb.docx', hidden))).code).toBe('unpacksTooLarge');
    // And one whose archive cannot be read (cut short: no end of its central directory): refused as damaged, not handed to mammoth to unpack whole.
    const damaged = bomb.subarray(0, bomb.length - 10);
    expect((await refusal(file('damaged.docx', damaged))).params).toEqual({ file: 'damaged.docx', reason: 'damaged' });
  });
});

const u32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
};

/** A minimal valid .docx (what Word needs to open it: content types, the package relation, the document), one paragraph per line. */
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => (p ? `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>` : '<w:p/>')).join('');
  return new JSZip()
    .file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    .file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    .file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`)
    .generateAsync({ type: 'uint8array' });
}
