// Run as a separate process by the crash test: reads the casefile's pending files into the
// search index, and kills itself (SIGKILL, no clean-up) while reading the second one.
import { openCasefile } from '../../../../electron/core/casefile/index.ts';
import { extractText } from '../../../../electron/core/search/extract/index.ts';
import { indexPendingFiles } from '../../../../electron/core/search/index-files.ts';

const [path, passphrase] = process.argv.slice(2) as [string, string];
const casefile = openCasefile(path, passphrase);
let n = 0;
await indexPendingFiles(casefile, async (file) => {
  if (++n === 2) {
    process.stdout.write('reading the second file\n');
    await extractText(file);
    process.kill(process.pid, 'SIGKILL');
  }
  return extractText(file);
});
