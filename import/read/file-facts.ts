import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface FileFacts {
  name: string;
  bytes: number;
  /** SHA-256 of the content, hex: the file's identity for provenance, whatever its name. */
  sha256: string;
}

export async function fileFacts(file: string): Promise<FileFacts> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { name: path.basename(file), bytes: (await stat(file)).size, sha256: hash.digest('hex') };
}
