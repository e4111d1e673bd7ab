// Run as a separate process by the crash test: edits a casefile, says "saved" once the edit
// is acknowledged, then waits to be killed without closing anything.
import { openCasefile } from '../../../../electron/core/casefile/index.ts';

const [path, passphrase, summary] = process.argv.slice(2) as [string, string, string];
const casefile = openCasefile(path, passphrase);
const point = casefile.readCase().statement.points[0]!;
casefile.upsert('points', { ...point, summary });
process.stdout.write('saved\n');
setInterval(() => {}, 1000);
