// en-GB spell checking with the dictionary shipped in the app (assets/dictionaries, built by
// scripts/build-dictionary.ts): nothing is downloaded. On Linux and Windows Chromium's Hunspell
// reads <userData>/Dictionaries/<lang>-<version>.bdic and, when it is missing, downloads it from
// a Google CDN. So the shipped file is put there first, and the download address is our own
// folder (a file: URL), so that a missing or damaged file is never fetched from the network.
// macOS uses the system's checker, which has British English built in; the calls are harmless there.
import { session } from 'electron';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SPELL_CHECK_LANGUAGES = ['en-GB'];
/** Chromium's name for its en-GB dictionary file (language and dictionary format version). */
export const DICTIONARY_FILE = 'en-GB-10-1.bdic';

export function setUpSpellChecker(dictionariesDir: string, userDataDir: string): void {
  const shipped = join(dictionariesDir, DICTIONARY_FILE);
  const target = join(userDataDir, 'Dictionaries', DICTIONARY_FILE);
  try {
    if (existsSync(shipped) && (!existsSync(target) || !readFileSync(target).equals(readFileSync(shipped)))) {
      mkdirSync(join(userDataDir, 'Dictionaries'), { recursive: true });
      copyFileSync(shipped, target);
    }
  } catch (error) {
    // Without it there is no spell checking; the app works on.
    console.error('the en-GB dictionary could not be put in place:', error);
  }
  const ses = session.defaultSession;
  ses.setSpellCheckerDictionaryDownloadURL(pathToFileURL(dictionariesDir).href + '/');
  ses.setSpellCheckerLanguages(SPELL_CHECK_LANGUAGES);
  ses.setSpellCheckerEnabled(true);
}
