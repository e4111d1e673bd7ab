// External readers the render tests hand our bytes to (poppler's pdftotext/pdffonts, qpdf,
// LibreOffice). In CI a missing tool is a failure; on a developer machine the check is skipped
// with a message saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const APT: Record<string, string> = { pdftotext: 'poppler-utils', pdffonts: 'poppler-utils', pdftoppm: 'poppler-utils', qpdf: 'qpdf', soffice: 'libreoffice-writer' };

/** True when `name` is on PATH; throws in CI when it is not. */
export function hasTool(name: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
  if (!found) {
    const hint = `${name} is not installed (apt-get install ${APT[name] ?? name})`;
    if (process.env.CI) throw new Error(`${hint}: the render checks that need it must run in CI.`);
    console.warn(`Skipping checks that need ${name}: ${hint}.`);
  }
  return found;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `impartial-${prefix}-`));
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export interface StructText {
  tag: string;
  text: string;
}

/**
 * The structure tree as poppler reads it for assistive technology (`pdfinfo -struct-text`):
 * each element in document order with the text of its own marked content joined up.
 */
export function structText(path: string): StructText[] {
  const out = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elements: StructText[] = [];
  for (const line of out.split('\n')) {
    const quoted = line.match(/^\s*"(.*)"\s*$/);
    if (quoted) {
      const last = elements[elements.length - 1];
      if (last) last.text += quoted[1];
    } else {
      const tag = line.match(/^\s*([A-Za-z0-9]+)\b(?!\s*\[)/);
      if (tag && !line.trim().startsWith('/')) elements.push({ tag: tag[1]!, text: '' });
    }
  }
  return elements;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** `pdffonts` rows: the columns before "emb" can contain spaces, so read from the right. */
export function pdfFonts(path: string): FontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type... encoding emb sub uni objectId gen
    const emb = cols[cols.length - 5];
    return { name: cols[0]!, type: cols.slice(1, cols.length - 6).join(' '), embedded: emb === 'yes' };
  });
}

/** Share of a page's pixels that are not white, from a small greyscale rendering (pdftoppm). */
export function pageInk(path: string, page = 1): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), path]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not return a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const v of pixels) if (v < 250) ink++;
  return ink / pixels.length;
}

export function qpdfCheck(path: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  // qpdf exits 0 when clean, 3 for warnings only, 2 for errors.
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** LibreOffice headless DOCX -> PDF, with a profile of its own so runs never share state. */
export function libreOfficeToPdf(docxPath: string, outDir: string): { pdf: string; output: string; status: number | null } {
  const profile = tempDir('lo-profile');
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const pdf = join(outDir, docxPath.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
    return { pdf, output: `${r.stdout}${r.stderr}`, status: r.status };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The parts of a DOCX (a zip) as text, by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
