// Run as a separate process by the tests: tries to open a casefile and prints the result as
// one JSON line, so a test can see what a second process gets.
import { openCasefile } from '../../../../electron/core/casefile/index.ts';
import { ImpartialError } from '../../../../shared/errors.ts';

const [path, passphrase] = process.argv.slice(2) as [string, string];
try {
  const casefile = openCasefile(path, passphrase);
  const title = casefile.readCase().case.title;
  casefile.close();
  console.log(JSON.stringify({ ok: true, title }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: error instanceof ImpartialError ? error.code : 'bug', message: (error as Error).message }));
}
