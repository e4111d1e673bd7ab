// The Word document's package: the parts docx writes (document.xml, styles.xml, ...), zipped.
// docx zips them itself with fflate's deflate, in JavaScript, at level 6: for a long report's
// 1.5 MB document.xml that took about 70-120 ms of a fresh process, more than the rest of
// packing. Node's zlib deflates the same parts at the same level natively in about a tenth of
// the time, to the same size; fflate still writes the zip around them, as docx's does (the same
// parts, in the same order, each deflated). The parts are docx's, unchanged: only how they are
// compressed differs.
//
// docx has no option for this, so its own compiler (Packer.compiler, which Packer.pack zips
// the output of) is asked for the parts. It is not in docx's types: should a release of docx
// drop or rename it, the document is packed by Packer as before (tests/unit/render/docx-package.test.ts
// checks that it is found, and that the parts are docx's own).
import { Packer, type Document } from 'docx';
import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

type Parts = Map<string, string | Uint8Array | ArrayBuffer>;
interface PartsCompiler {
  compile(file: Document): Parts;
}

/** docx's compiler, if this release of docx has it as packDocx expects. */
export function partsCompiler(): PartsCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PartsCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as PartsCompiler) : undefined;
}

/** The .docx file of `document`. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const compiler = partsCompiler();
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document));
  return zipParts(compiler.compile(document));
}

/** The parts, each deflated (level 6, as docx does), in a zip, in the order given. */
export function zipParts(parts: Parts): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : ArrayBuffer.isView(data) ? data : new Uint8Array(data);
    const file: ZipInputFile = { filename: path, size: bytes.length, crc: crc32(bytes), compression: 8 };
    zip.add(file);
    file.ondata!(null, deflateRawSync(bytes, { level: 6 }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
