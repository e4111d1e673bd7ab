// Run as a separate process by the backup trials: opens a casefile, says "ready", then makes
// backups into a folder without pause (b-<n>.casefile from number `first` on), editing the case
// between backups so that each holds a history of its own, and writes "backed up <n> <seq>"
// once backup n has been written and checked, until it is killed.
import { join } from 'node:path';
import { openCasefile } from '../../../../electron/core/casefile/index.ts';

const [path, key, folder, first] = process.argv.slice(2) as [string, string, string, string];
const casefile = openCasefile(path, key);
process.stdout.write('ready\n');
for (let n = Number(first); ; n++) {
  casefile.upsert('chronology', { id: `b-${n}`, date: '2024-05-01', event: `Saved before backup ${n}.`, sourceIds: [], pointIds: [] });
  const made = casefile.backupTo(join(folder, `b-${n}.casefile`));
  process.stdout.write(`backed up ${n} ${made.head.seq}\n`);
}
