import mammoth from 'mammoth';
import { binaryKind } from './file-format.ts';
import { IngestInputError } from './ingest-input-error.ts';

/**
 * The paragraphs of a Word (.docx) file, a paragraph a line, by mammoth's extractRawText (which
 * ends each paragraph with a blank line). A file that is not a ZIP archive (an old .doc renamed,
 * a text file) or has no main document is refused.
 */
export async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  if (binaryKind(bytes) !== 'ZIP') throw new IngestInputError('notDocx', { file, reason: 'notZip' });
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
