// Reading the words in an image (a photographed letter, a scanned page) with Tesseract, offline.
//
// The engine is tesseract.js-core (Tesseract compiled to WebAssembly, from npm) and the English
// model is @tesseract.js-data/eng (the integer "best" model, from npm); both are loaded from
// node_modules, so nothing is fetched at run time. We drive the core directly rather than
// through tesseract.js: that wrapper fetches its language data from a CDN unless told
// otherwise, writes a cache file into the working folder, and has an install script; the
// core has none of these. Runs inside the job worker (or the CLI), never on the window's thread.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

// Not named `require`: the bundler of the Electron build declares one of its own in the same scope.
const requireFromHere = createRequire(import.meta.url);

interface TessApi {
  Init(dataPath: string | null, lang: string, oem: number): number;
  SetImageFile(exifOrientation: number, angle: number): number;
  GetUTF8Text(): string;
  Clear(): void;
  End(): void;
}
interface TessModule {
  TessBaseAPI: new () => TessApi;
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
}
type TessFactory = (options: { print: () => void; printErr: () => void }) => Promise<TessModule>;

/** Tesseract's LSTM engine only (OEM 1): the model in @tesseract.js-data/eng is LSTM-only. */
const OEM_LSTM_ONLY = 1;

let engine: Promise<TessApi & { module: TessModule }> | undefined;

async function loadEngine(): Promise<TessApi & { module: TessModule }> {
  let factory: TessFactory;
  try {
    factory = requireFromHere('tesseract.js-core/tesseract-core-simd-lstm.js') as TessFactory;
  } catch {
    factory = requireFromHere('tesseract.js-core/tesseract-core-lstm.js') as TessFactory;
  }
  const module = await factory({ print: () => {}, printErr: () => {} });
  const model = gunzipSync(readFileSync(requireFromHere.resolve('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz')));
  module.FS.writeFile('/eng.traineddata', model);
  const api = new module.TessBaseAPI();
  if (api.Init(null, 'eng', OEM_LSTM_ONLY) !== 0) throw new Error('the OCR engine could not load its English model');
  return Object.assign(api, { module });
}

/** The text Tesseract reads in an image (PNG, JPEG, TIFF, GIF, BMP, WebP); undefined when the image cannot be decoded. */
export async function recogniseImage(image: Uint8Array): Promise<string | undefined> {
  engine ??= loadEngine();
  const api = await engine;
  api.module.FS.writeFile('/input', image);
  try {
    // SetImageFile reads /input with Leptonica and answers 1 when it cannot decode it.
    if (api.SetImageFile(1, 0) === 1) return undefined;
    return api.GetUTF8Text();
  } finally {
    api.Clear();
    api.module.FS.unlink('/input');
  }
}
