import mammoth from 'mammoth';
import yauzl from 'yauzl';
import { binaryKind } from './file-format.ts';
import { IngestInputError } from './ingest-input-error.ts';
import { MAX_DOCX_UNPACKED_BYTES, megabytes } from './limits.ts';

/**
 * Unpacks every part of the archive, counting, and refuses it once the parts come to more than
 * MAX_DOCX_UNPACKED_BYTES: by the sizes the archive declares, before anything is unpacked, and by
 * the bytes unpacked (yauzl stops a part that unpacks to more than it declares), so a ZIP bomb is
 * never held in memory. An archive yauzl cannot read is refused as damaged rather than left to
 * mammoth, which would unpack it whole.
 */
async function checkUnpackedSize(bytes: Uint8Array, file: string): Promise<void> {
  const tooLarge = () => new IngestInputError('unpacksTooLarge', { file, limit: megabytes(MAX_DOCX_UNPACKED_BYTES) });
  const damaged = () => new IngestInputError('notDocx', { file, reason: 'damaged' });
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, opened) => (error ? reject(damaged()) : resolve(opened)));
  });
  let declared = 0;
  let unpacked = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', () => reject(damaged()));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > MAX_DOCX_UNPACKED_BYTES) return reject(tooLarge());
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(damaged());
        stream.on('data', (chunk: Buffer) => {
          unpacked += chunk.length;
          if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
            stream.destroy();
            reject(tooLarge());
          }
        });
        // A part that unpacks to more than it declares (yauzl: "too many bytes in the stream") is a bomb that hides its size.
        stream.on('error', (failure) => reject(/too many bytes/.test(failure.message) ? tooLarge() : damaged()));
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  }).finally(() => zip.close());
}

/**
 * The paragraphs of a Word (.docx) file, a paragraph a line, by mammoth's extractRawText (which
 * ends each paragraph with a blank line). A file that is not a ZIP archive (an old .doc renamed,
 * a text file) or has no main document is refused, and so is one that unpacks to more than an
 * article could (checkUnpackedSize).
 */
export async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  if (binaryKind(bytes) !== 'ZIP') throw new IngestInputError('notDocx', { file, reason: 'notZip' });
  await checkUnpackedSize(bytes, file);
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value.replace(/\n{2,}/g, '\n');
  } catch (error) {
    // mammoth: "Could not find main document part. Are you sure this is a valid .docx file?"; jszip: "Corrupted zip …"
    if (error instanceof Error && /main document part|zip/i.test(error.message)) {
      throw new IngestInputError('notDocx', { file, reason: /main document part/.test(error.message) ? 'noDocument' : 'notZip' });
    }
    throw error;
  }
}
