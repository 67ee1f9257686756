import type { Lang } from '../../import/messages.ts';

export type IngestInputErrorCode = 'emptyText' | 'tooLarge' | 'unpacksTooLarge' | 'unsupportedFile' | 'binaryFile' | 'undecodable' | 'notDocx' | 'notChinese' | 'japanese';
export type IngestInputErrorParams = Record<string, string | number>;

/** Why an article cannot be read at all, and what to do: in the words of import/messages.ts. */
const errors: Record<IngestInputErrorCode, Record<Lang, (p: IngestInputErrorParams) => string>> = {
  emptyText: {
    zh: () => '文章是空的：请粘贴文章正文，或上传含有正文的 .txt、.html 或 .docx 文件。',
    en: () => 'The article is empty: paste its text, or upload a .txt, .html or .docx file that holds it.',
  },
  tooLarge: {
    zh: (p) => `文章太大（${p.size}），上限是 ${p.limit}：一篇报道或报告远小于此，请只粘贴或上传这一篇文章。`,
    en: (p) => `The article is too large (${p.size}); the limit is ${p.limit}. A report is far smaller: paste or upload this one article alone.`,
  },
  unpacksTooLarge: {
    zh: (p) => `${p.file} 解压后超过 ${p.limit}（Word 文件是压缩包）：它不像一篇文章，可能已损坏或被做了手脚。请另存为 .txt，或把正文复制粘贴进来。`,
    en: (p) => `${p.file} unpacks to more than ${p.limit} (a Word file is a ZIP archive): no article is that large, so it may be damaged or crafted. Save it as .txt, or copy and paste the text.`,
  },
  unsupportedFile: {
    zh: (p) => `不支持 ${p.extension} 文件：请上传 ${p.supported} 文件，或把正文复制粘贴进来。`,
    en: (p) => `${p.extension} files are not read: upload a ${p.supported} file, or copy and paste the text.`,
  },
  binaryFile: {
    zh: (p) => `${p.file ? `${p.file} ` : '该文件'}不是文本文件（${p.kind ? `是 ${p.kind} 文件` : '含有 NUL 字节'}）：请上传 .txt、.html 或 .docx 文件，或把正文复制粘贴进来。`,
    en: (p) => `${p.file || 'The file'} is not a text file (${p.kind ? `it is a ${p.kind} file` : 'it holds NUL bytes'}): upload a .txt, .html or .docx file, or copy and paste the text.`,
  },
  undecodable: {
    zh: (p) => `${p.file ? `${p.file} ` : '该文件'}无法解码为文字（按 ${p.encoding} 读取，${p.share} 的字符无效）：请另存为 UTF-8 编码的 .txt 文件。`,
    en: (p) => `${p.file || 'The file'} cannot be decoded as text (read as ${p.encoding}, ${p.share} of its characters are invalid): save it as a UTF-8 .txt file.`,
  },
  notDocx: {
    zh: (p) => `${p.file ? `${p.file} ` : '该文件'}不是有效的 Word 文档（${p.reason === 'notZip' ? '.docx 应是 ZIP 压缩包，它不是' : p.reason === 'damaged' ? '它的 ZIP 压缩包已损坏' : '压缩包里没有 word/document.xml'}）：请在 Word 或 WPS 中另存为 .docx（不是 .doc），或另存为 .txt。`,
    en: (p) => `${p.file || 'The file'} is not a valid Word document (${p.reason === 'notZip' ? 'a .docx is a ZIP archive, and it is not one' : p.reason === 'damaged' ? 'its ZIP archive is damaged' : 'the archive has no word/document.xml'}): save it again as .docx (not .doc) from Word or WPS, or as .txt.`,
  },
  notChinese: {
    zh: (p) => `这篇文章不是中文：汉字只占字母的 ${p.share}（至少要 ${p.needed}）。只能导入简体或繁体中文的文章。`,
    en: (p) => `The article is not in Chinese: Chinese characters are ${p.share} of its letters (at least ${p.needed} is needed). Only articles in Simplified or Traditional Chinese can be ingested.`,
  },
  japanese: {
    zh: (p) => `这篇文章不是中文：日文假名占字母的 ${p.share}，像是日文。只能导入简体或繁体中文的文章。`,
    en: (p) => `The article is not in Chinese: Japanese kana are ${p.share} of its letters, so it reads as Japanese. Only articles in Simplified or Traditional Chinese can be ingested.`,
  },
};

export function describeIngestInputError(code: IngestInputErrorCode, params: IngestInputErrorParams, lang: Lang): string {
  return errors[code][lang](params);
}
