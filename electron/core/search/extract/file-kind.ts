// What kind of file an attachment is, for reading its text: from its first bytes where the
// format has a signature (a PDF or a PNG named .txt is still read as what it is), otherwise
// from its media type and the extension of its name.

export type FileKind = 'pdf' | 'docx' | 'text' | 'email' | 'outlook-message' | 'image';

const starts = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Signatures of the images OCR reads (Leptonica: PNG, JPEG, TIFF, BMP, GIF, WebP). */
function isImage(bytes: Uint8Array): boolean {
  return starts(bytes, 0x89, 0x50, 0x4e, 0x47) || starts(bytes, 0xff, 0xd8, 0xff)
    || starts(bytes, 0x49, 0x49, 0x2a, 0x00) || starts(bytes, 0x4d, 0x4d, 0x00, 0x2a)
    || starts(bytes, 0x42, 0x4d) || starts(bytes, 0x47, 0x49, 0x46, 0x38)
    || (starts(bytes, 0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP');
}

const extension = (fileName: string) => fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

export function fileKindOf(bytes: Uint8Array, fileName: string, mediaType: string): FileKind | undefined {
  const ext = extension(fileName);
  const type = mediaType.toLowerCase().split(';')[0]!.trim();
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (isImage(bytes)) return 'image';
  // A ZIP: a Word document when it says so (an .xlsx or .odt is a ZIP too, and is not read).
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return ext === 'docx' || type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ? 'docx' : undefined;
  }
  // An OLE compound file: an Outlook message when it says so (an old .doc or .xls is one too).
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return ext === 'msg' || type === 'application/vnd.ms-outlook' ? 'outlook-message' : undefined;
  if (ext === 'eml' || type === 'message/rfc822') return 'email';
  if (['txt', 'text', 'csv', 'md', 'log'].includes(ext) || type === 'text/plain' || type === 'text/csv' || type === 'text/markdown') return 'text';
  return undefined;
}

/** The kinds of file whose text is read, for messages. */
export const readableKinds = 'PDF, Word (.docx), plain text, email (.eml, .msg) and images (PNG, JPEG, TIFF, GIF, BMP, WebP)';
