import chardet from 'chardet';
import iconv from 'iconv-lite';
import { binaryKind } from './file-format.ts';
import { IngestInputError } from './ingest-input-error.ts';

const SAMPLE_BYTES = 64 * 1024;
/** Chinese encodings, preferred to a Western one chardet may rank first on a short GBK or Big5 text. */
const CHINESE_ENCODINGS = new Set(['GB18030', 'Big5', 'UTF-8']);
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
 * encoding a web page declares (<meta charset="gbk">); else chardet's guess (GB18030 or Big5 for Chinese).
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
  const guesses = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES)).filter((g) => iconv.encodingExists(g.name));
  const guess = guesses.find((g) => CHINESE_ENCODINGS.has(g.name)) ?? guesses[0];
  return { encoding: guess?.name ?? 'GB18030', bom: 0 };
}

/**
 * A .txt file's text, decoded as the importer decodes CSV files (chardet + iconv-lite), with
 * UTF-8 checked strictly first: chardet only guesses, and a valid UTF-8 file is UTF-8.
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
