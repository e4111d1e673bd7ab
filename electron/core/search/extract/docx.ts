// A Word document's text, through mammoth (its raw-text reading: paragraphs, tables, lists;
// headers, footers and comments are not read). A .docx has no fixed pages: they depend on
// how Word lays it out, so its text is one part without a page.
import mammoth from 'mammoth';
import { NotSearchableError } from './not-searchable.ts';

export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value;
  } catch (error) {
    throw new NotSearchableError(`the Word document could not be read (${(error as Error).message.split('\n')[0]})`);
  }
}
