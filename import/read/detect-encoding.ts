import { open } from 'node:fs/promises';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportError } from '../import-error.ts';

const SAMPLE_BYTES = 64 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface DetectedEncoding {
  encoding: string;
  source: 'detected' | 'bom' | 'given';
  confidence: number | null;
}

/**
 * A CSV's encoding: a UTF-8 BOM settles it; otherwise chardet guesses from the first 64 KB.
 * Chinese Excel saves "CSV" in the system code page (GBK), which chardet names GB18030, a
 * superset that decodes GBK bytes the same; anything else chardet finds is used if iconv-lite
 * knows it, and the user can always say `--encoding`.
 */
export async function detectEncoding(file: string, given?: string): Promise<DetectedEncoding> {
  if (given) {
    if (!iconv.encodingExists(given)) throw new ImportError('unknownEncoding', { encoding: given });
    return { encoding: given, source: 'given', confidence: null };
  }
  const handle = await open(file);
  try {
    const sample = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, 0);
    const bytes = sample.subarray(0, bytesRead);
    if (bytes.subarray(0, 3).equals(UTF8_BOM)) return { encoding: 'UTF-8', source: 'bom', confidence: 100 };
    const [best] = chardet.analyse(bytes);
    // Pure ASCII (a file with English headers and no Chinese) reads the same as UTF-8.
    if (!best || best.name === 'ASCII' || best.name === 'UTF-8') return { encoding: 'UTF-8', source: 'detected', confidence: best?.confidence ?? null };
    if (!iconv.encodingExists(best.name)) throw new ImportError('unknownEncoding', { encoding: best.name });
    return { encoding: best.name, source: 'detected', confidence: best.confidence };
  } finally {
    await handle.close();
  }
}
