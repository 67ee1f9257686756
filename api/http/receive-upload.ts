import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { EditorAccess } from '../../core/config.ts';
import type { ErrorCode } from '../../core/error-codes.ts';
import { ARTICLE_EXTENSIONS } from '../../ingest/read/file-format.ts';
import { editorOnlyMessage, viewerOf } from '../access/viewer.ts';
import { answerError } from '../errors/answer-error.ts';

/** The files the importer reads (import/read/read-table.ts), and the articles ingest reads (ingest/read/file-format.ts). */
const TABLES = ['.csv', '.xlsx'];
const EXTENSIONS = [...TABLES, ...ARTICLE_EXTENSIONS];
/** Uploads are a step between the preview and the import, not an archive: a day is enough. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const UPLOAD_ID = /^[0-9a-f]{64}$/;

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string) => answerError(res, status, code, message);

/** The file's name as sent (URI-encoded, for Chinese names), reduced to a plain base name. */
function fileName(header: string | undefined): string | null {
  if (!header) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  name = path.basename(name.replace(/\\/g, '/')).replace(/\p{Cc}/gu, '').trim();
  return name && name !== '.' && name !== '..' ? name.slice(-200) : null;
}

async function forgetOldUploads(dir: string): Promise<void> {
  for (const entry of await readdir(dir).catch(() => [])) {
    const at = path.join(dir, entry);
    const { mtimeMs } = await stat(at).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > KEEP_MS) await rm(at, { recursive: true, force: true });
  }
}

/**
 * `POST /uploads`: an editor's file for the importer or article ingest, streamed to the uploads folder (never whole
 * in memory), hashed as it arrives, within UPLOAD_MAX_MB. Answers `{"upload": "<sha256>", …}`,
 * the id that `importFile(input: {upload})` and `articleProposals(input: {upload})` take. Only the raw bytes are taken (not a form), so a
 * cross-site form cannot post here, nor can anything without the token in `Authorization`.
 */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, access: EditorAccess): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'POST the file to /uploads.');
  const viewer = viewerOf((name) => (req.headers[name] as string | undefined) ?? null, access);
  if (!viewer.editor) return refuse(res, 401, viewer.editorsEnabled ? 'UNAUTHENTICATED' : 'EDITORS_DISABLED', editorOnlyMessage(viewer));
  const name = fileName(req.headers['x-file-name'] as string | undefined);
  if (!name) return refuse(res, 400, 'BAD_UPLOAD', 'Name the file in the X-File-Name header (URI-encoded), e.g. X-File-Name: %E5%90%8D%E5%BD%95.xlsx.');
  if (!EXTENSIONS.includes(path.extname(name).toLowerCase())) {
    return refuse(res, 415, 'BAD_UPLOAD', `${name}: only tables (${TABLES.join(', ')}) and articles (${ARTICLE_EXTENSIONS.join(', ')}) are taken; save the file as one of them.`);
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
    return refuse(res, 415, 'BAD_UPLOAD', 'Send the file as its raw bytes, with Content-Type: application/octet-stream.');
  }
  if (Number(req.headers['content-length']) > access.uploadMaxBytes) {
    return refuse(res, 413, 'REQUEST_ENTITY_TOO_LARGE', `${name} is larger than ${access.uploadMaxBytes / 1024 / 1024} MB (UPLOAD_MAX_MB).`);
  }
  await mkdir(access.uploadsDir, { recursive: true });
  await forgetOldUploads(access.uploadsDir);
  const incoming = path.join(access.uploadsDir, `.incoming-${randomUUID()}`);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    await pipeline(
      req,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > access.uploadMaxBytes) throw Object.assign(new Error('too large'), { code: 'TOO_LARGE' });
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(incoming),
    );
  } catch (error) {
    await rm(incoming, { force: true });
    if ((error as { code?: string }).code === 'TOO_LARGE') {
      res.setHeader('connection', 'close');
      return refuse(res, 413, 'REQUEST_ENTITY_TOO_LARGE', `${name} is larger than ${access.uploadMaxBytes / 1024 / 1024} MB (UPLOAD_MAX_MB).`);
    }
    return void res.destroy();
  }
  if (bytes === 0) {
    await rm(incoming, { force: true });
    return refuse(res, 400, 'BAD_UPLOAD', `${name} is empty.`);
  }
  const upload = hash.digest('hex');
  const dir = path.join(access.uploadsDir, upload);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  await rename(incoming, path.join(dir, name));
  answer(res, 201, { upload, fileName: name, bytes });
}

/** The file an upload id names, or null when there is none (never uploaded, or forgotten after a day). */
export async function uploadedFile(uploadsDir: string, upload: string): Promise<string | null> {
  if (!UPLOAD_ID.test(upload) || !uploadsDir) return null;
  const [name] = await readdir(path.join(uploadsDir, upload)).catch(() => []);
  return name === undefined ? null : path.join(uploadsDir, upload, name);
}
