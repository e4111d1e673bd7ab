// Run as a separate process by the passphrase test: opens a casefile, says "ready", then
// changes its passphrase; the test kills it part-way through to simulate a crash.
import { openCasefile } from '../../../../electron/core/casefile/index.ts';

const [path, oldPassphrase, newPassphrase] = process.argv.slice(2) as [string, string, string];
const casefile = openCasefile(path, oldPassphrase);
process.stdout.write('ready\n');
casefile.changePassphrase(newPassphrase);
casefile.close();
process.stdout.write('done\n');
