// Run as a separate process by the kill trials: opens a casefile, says "ready" with what
// opening reported, then makes edits from number `first` on without pause, writing
// "saved <n>" on stdout once edit n has returned, until it is killed.
import { openCasefile } from '../../../../electron/core/casefile/index.ts';
import { applyEdit, editNumber } from './edits.ts';

const [path, key, first] = process.argv.slice(2) as [string, string, string];
const casefile = openCasefile(path, key);
process.stdout.write(`ready ${casefile.notices.map((n) => n.code).join(',')}\n`);
for (let n = Number(first); ; n++) {
  applyEdit(casefile, editNumber(n));
  process.stdout.write(`saved ${n}\n`);
}
