// Where the PDF's embedded fonts live. They ship with the project (assets/fonts, SIL OFL) so
// every PDF embeds the same open-licence faces whatever the machine has installed.
// Found by walking up from this file to the folder that holds assets/fonts, which works from
// source (node electron/...ts), from vitest and from the electron-vite bundle (out/main); a
// packaged app copies assets/fonts to <resources>/assets/fonts (electron.builder.yml
// extraResources), and IMPARTIAL_FONTS_DIR overrides both.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImpartialError } from '../../../shared/errors.ts';

export interface FontFaces {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  /** DejaVu Sans: a fallback for the symbols Liberation Sans lacks. */
  symbols: string;
}

const FILES: FontFaces = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
  symbols: 'DejaVuSans.ttf',
};

function candidates(): string[] {
  const found: string[] = [];
  if (process.env.IMPARTIAL_FONTS_DIR) found.push(process.env.IMPARTIAL_FONTS_DIR);
  // Set by Electron in a packaged app; undefined under plain Node.
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) found.push(join(resources, 'assets', 'fonts'));
  // import.meta.dirname is Node >= 20.11; the URL works in any bundle format that keeps import.meta.
  for (let dir = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    found.push(join(dir, 'assets', 'fonts'));
    if (dirname(dir) === dir) break;
  }
  return found;
}

let cached: FontFaces | undefined;

/** Absolute paths of the four Liberation Sans faces and the symbol fallback; `fontsDir` overrides the search. */
export function fontFaces(fontsDir?: string): FontFaces {
  if (!fontsDir && cached) return cached;
  const dirs = fontsDir ? [fontsDir] : candidates();
  const dir = dirs.find((d) => existsSync(join(d, FILES.regular)));
  if (!dir) {
    // The folders searched are for the command line and the log; the app's page never sees a path.
    throw new ImpartialError('fonts-missing', `the PDF fonts (${FILES.regular}) were not found`, {
      location: dirs.join(', '),
      advice: { cli: 'Reinstall Impartial, or make the PDF as Word (--format docx)', app: 'Reinstall Impartial, or make the document as Word (DOCX)' },
    });
  }
  const faces: FontFaces = {
    regular: join(dir, FILES.regular),
    bold: join(dir, FILES.bold),
    italic: join(dir, FILES.italic),
    boldItalic: join(dir, FILES.boldItalic),
    symbols: join(dir, FILES.symbols),
  };
  if (!fontsDir) cached = faces;
  return faces;
}
