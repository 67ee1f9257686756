import chardet from 'chardet';
import iconv from 'iconv-lite';
import { commonCharacterShare } from './common-characters.ts';
import { binaryKind } from './file-format.ts';
import { IngestInputError } from './ingest-input-error.ts';

const SAMPLE_BYTES = 64 * 1024;
/** The Chinese encodings besides UTF-8: GB18030 reads GBK and GB2312 files alike. */
const CHINESE_ENCODINGS = ['GB18030', 'Big5'];
/** A text decoded right has nearly all its Han characters common; one decoded wrong, about half (common-characters.ts). */
const MIN_COMMON_SHARE = 0.8;
/** Japanese and Korean encodings: their text decodes as GBK into common-looking characters, so chardet is heard first. */
const OTHER_CJK = new Set(['Shift_JIS', 'EUC-JP', 'EUC-KR', 'ISO-2022-JP', 'ISO-2022-KR']);
/** More undecodable characters than this share, and the file is not in the encoding it was read as. */
const MAX_INVALID_SHARE = 0.01;

export interface DecodedText {
  text: string;
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

/**
 * The encoding of a text file: its BOM; else UTF-8 if it decodes as UTF-8 without error; else the
 * encoding a web page declares (<meta charset="gbk">); else a Japanese or Korean encoding
 * chardet is sure of; else GB18030 or Big5, whichever decodes to common characters; else chardet's guess.
 */
function encodingOf(bytes: Uint8Array, file: string, declared: string | undefined): { encoding: string; bom: number } {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) return { encoding: bom.encoding, bom: bom.bytes.length };
  const kind = binaryKind(bytes);
  if (kind || bytes.includes(0)) throw new IngestInputError('binaryFile', { file, kind: kind ?? '' });
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'UTF-8', bom: 0 };
  } catch {
    // Not UTF-8: a GBK or Big5 file, most likely.
  }
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) return { encoding: declared, bom: 0 };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // chardet, sure of a Japanese or Korean encoding: the language check will say so.
  const [guess] = chardet.analyse(sample).filter((g) => iconv.encodingExists(g.name));
  if (guess && guess.confidence >= 50 && OTHER_CJK.has(guess.name)) return { encoding: guess.name, bom: 0 };
  // GBK or Big5: whichever reads as the more common characters (chardet confuses them on short texts).
  const chinese = CHINESE_ENCODINGS.map((encoding) => ({ encoding, share: commonCharacterShare(iconv.decode(Buffer.from(sample), encoding)) }));
  const best = chinese.reduce((a, b) => (b.share > a.share ? b : a));
  if (best.share >= MIN_COMMON_SHARE) return { encoding: best.encoding, bom: 0 };
  // Chinese in neither (a Western code page): chardet's guess, for the language check to refuse.
  return { encoding: guess?.name ?? 'GB18030', bom: 0 };
}

/**
 * A .txt or .html file's text, decoded with iconv-lite: UTF-8 checked strictly first (a valid
 * UTF-8 file is UTF-8), then GBK against Big5 by which gives common characters, as chardet (the
 * importer's guesser, kept for files in neither) cannot tell them apart on a short text.
 * Refused: a file with NUL bytes (not text), or one that decodes to more than 1 % invalid characters.
 */
export function decodeText(bytes: Uint8Array, file: string, declared?: string): DecodedText {
  const { encoding, bom } = encodingOf(bytes, file, declared);
  const text = iconv.decode(Buffer.from(bytes.subarray(bom)), encoding);
  const invalid = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.length > 0 && invalid / text.length > MAX_INVALID_SHARE) {
    throw new IngestInputError('undecodable', { file, encoding, share: `${((100 * invalid) / text.length).toFixed(0)} %` });
  }
  return { text, encoding };
}
