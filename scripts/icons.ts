// The app's icon in every size and format it is needed in, drawn from one source,
// build/icon.svg (a level balance in the app's navy and focus yellow). Run after changing it:
//   npm run icons
// Writes build/icon.png (1024 px: electron-builder makes the macOS .icns and Linux sizes from
// it), build/icon.ico (Windows: 16-256 px), and the renderer's renderer/public/favicon.svg,
// favicon.ico and icon.png (256 px: the window's icon on Windows and Linux). The PNGs are
// drawn by @napi-rs/canvas (Skia, already a dev dependency for the OCR tests); the .ico is a
// directory of PNGs, written here in a few lines.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'build/icon.svg');
const publicDir = join(root, 'renderer/public');

const svg = await loadImage(readFileSync(source));

function png(size: number): Buffer {
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(svg, 0, 0, size, size);
  return canvas.toBuffer('image/png');
}

/** An ICO file: a 6-byte header, a 16-byte entry per image, then the PNGs themselves
 *  (PNG-in-ICO, read by Windows Vista onwards and every browser). */
function ico(sizes: number[]): Buffer {
  const images = sizes.map((size) => ({ size, data: png(size) }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

mkdirSync(publicDir, { recursive: true });
const written: Array<[string, Buffer]> = [
  ['build/icon.png', png(1024)],
  ['build/icon.ico', ico([16, 24, 32, 48, 64, 128, 256])],
  ['renderer/public/favicon.ico', ico([16, 32, 48])],
  ['renderer/public/icon.png', png(256)],
];
for (const [path, data] of written) {
  writeFileSync(join(root, path), data);
  console.log(`${path} (${data.length} bytes)`);
}
copyFileSync(source, join(publicDir, 'favicon.svg'));
console.log('renderer/public/favicon.svg');
