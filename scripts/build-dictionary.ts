// Writes assets/dictionaries/en-GB-10-1.bdic, the British English dictionary Electron's spell
// checker loads (electron/main/spellcheck.ts), from the Hunspell files of the npm package
// `dictionary-en-gb` (SCOWL en_GB-ise; MIT and BSD, its licence is copied beside the .bdic).
// Chromium reads only its own binary form (.bdic), and the converter is Chromium's own, as
// Qt WebEngine ships it (Debian: apt-get install qt6-webengine-dev-tools). The output is the
// same bytes each time; the file is committed, so building the app needs neither.
//   npm exec -- node scripts/build-dictionary.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const converter = '/usr/lib/qt6/libexec/qwebengine_convert_dict';
if (!existsSync(converter)) {
  console.error(`${converter} is missing: apt-get install qt6-webengine-dev-tools`);
  process.exit(1);
}
const source = dirname(createRequire(import.meta.url).resolve('dictionary-en-gb/package.json'));
const work = mkdtempSync(join(tmpdir(), 'impartial-dictionary-'));
try {
  // The converter finds the .aff beside the .dic by name.
  copyFileSync(join(source, 'index.aff'), join(work, 'en-GB.aff'));
  copyFileSync(join(source, 'index.dic'), join(work, 'en-GB.dic'));
  const out = join(root, 'assets', 'dictionaries', 'en-GB-10-1.bdic');
  execFileSync(converter, [join(work, 'en-GB.dic'), out], { stdio: 'inherit' });
  copyFileSync(join(source, 'license'), join(root, 'assets', 'dictionaries', 'LICENSE-en-GB'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
