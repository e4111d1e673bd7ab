// An attached file as the evidence viewer shows it, read from the casefile into memory and
// never written anywhere: a PDF or an image as its bytes (drawn by pdf.js, or shown as an image
// from a data: URL, which the CSP allows), a Word document as mammoth's HTML (the renderer
// sanitises it before showing it: this HTML is as untrusted as the document), and text (plain
// text, and an email's headers and body as the search reads them) as text. What kind a file is
// comes from the same place as for the search (search/extract/file-kind.ts).
import mammoth from 'mammoth';
import type { EvidenceFileView } from '../../../shared/api.ts';
import { readEml, readMsg } from '../search/extract/email.ts';
import { fileKindOf, type FileKind } from '../search/extract/file-kind.ts';
import { decodeText } from '../search/extract/plain-text.ts';

/** The image types every Chromium draws (TIFF is read by the search's OCR but not drawn by browsers). */
function imageTypeOf(bytes: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'image/webp';
  return undefined;
}

type View = EvidenceFileView['content'];

export async function viewableContent(bytes: Uint8Array, fileName: string, mediaType: string): Promise<View> {
  const kind: FileKind | undefined = fileKindOf(bytes, fileName, mediaType);
  const unsupported = (reason: string): View => ({ kind: 'unsupported', reason });
  try {
    switch (kind) {
      case 'pdf': return { kind: 'pdf', bytes };
      case 'image': {
        const imageType = imageTypeOf(bytes);
        return imageType ? { kind: 'image', imageType, bytes } : unsupported('this kind of image (TIFF) cannot be shown here: save a copy to open it');
      }
      case 'docx': {
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        // Embedded pictures become data: URLs (mammoth's default); anything else a picture
        // points at is dropped by the renderer's sanitiser.
        const { value } = await mammoth.convertToHtml({ buffer });
        return { kind: 'docx', html: value };
      }
      case 'text': return { kind: 'text', text: decodeText(bytes) };
      case 'email': return { kind: 'text', text: await readEml(bytes) };
      case 'outlook-message': return { kind: 'text', text: readMsg(bytes) };
      case undefined: return unsupported('only PDF, Word (.docx), text, email and image files can be shown here: save a copy to open it');
      default: {
        const never: never = kind;
        return unsupported(`no viewer for ${String(never)}`);
      }
    }
  } catch (error) {
    return unsupported(`the file could not be read (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
}
