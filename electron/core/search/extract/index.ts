// Reading the text of an attached file, whatever its kind (file-kind.ts): the job worker calls
// this for the app, the CLI calls it directly. It answers the text or throws a
// NotSearchableError saying why the file cannot be searched; it writes nothing anywhere.
import type { ExtractedText } from '../file-text.ts';
import { readDocx } from './docx.ts';
import { readEml, readMsg } from './email.ts';
import { fileKindOf, readableKinds } from './file-kind.ts';
import { NotSearchableError } from './not-searchable.ts';
import { recogniseImage } from './ocr.ts';
import { readPdf } from './pdf.ts';
import { decodeText } from './plain-text.ts';

export { NotSearchableError } from './not-searchable.ts';

export interface FileToRead {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
}

const whole = (text: string): ExtractedText => ({ parts: [{ text }], unreadablePages: [] });

export async function extractText(file: FileToRead, progress: (stage: string, fraction: number) => void = () => {}): Promise<ExtractedText> {
  const kind = fileKindOf(file.bytes, file.fileName, file.mediaType);
  switch (kind) {
    case 'pdf':
      return readPdf(file.bytes, {
        ocr: recogniseImage,
        progress: (page, pages) => progress(`Reading ${file.fileName}: page ${page} of ${pages}`, (page - 1) / pages),
      });
    case 'docx': return whole(await readDocx(file.bytes));
    case 'text': return whole(decodeText(file.bytes));
    case 'email': return whole(await readEml(file.bytes));
    case 'outlook-message': return whole(readMsg(file.bytes));
    case 'image': {
      progress(`Reading the words in ${file.fileName}`, 0);
      const text = await recogniseImage(file.bytes);
      if (text === undefined) throw new NotSearchableError('the image could not be decoded');
      if (!/[\p{L}\p{N}]/u.test(text)) throw new NotSearchableError('not searchable: no text found in the image');
      return whole(text);
    }
    case undefined:
      throw new NotSearchableError(`not searchable: only the text of ${readableKinds} files is read`);
    default: {
      const never: never = kind;
      throw new Error(`no reader for ${String(never)}`);
    }
  }
}
