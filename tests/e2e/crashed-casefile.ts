// Run by journal.spec.ts as a separate Node process: writes `<dir>/<name>` as a crash leaves
// a casefile whose last change was cut short: two saved edits in its journal, the second
// one's last frame only partly written. The passphrase comes from IMPARTIAL_PASSPHRASE.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCasefile } from '../../electron/core/casefile/index.ts';

const [dir, name] = process.argv.slice(2) as [string, string];
const source = join(mkdtempSync(join(tmpdir(), 'impartial-crashed-')), name);
const casefile = createCasefile(source, process.env.IMPARTIAL_PASSPHRASE!);
const entry = (id: string, event: string) => ({ id, date: '2024-05-01', event, sourceIds: [], pointIds: [] });
casefile.upsert('chronology', entry('c-saved', 'Saved before the crash.'));
casefile.upsert('chronology', entry('c-cut', 'Being saved when the crash came.'));
copyFileSync(source, join(dir, name));
const wal = readFileSync(`${source}-wal`);
writeFileSync(join(dir, `${name}-wal`), wal.subarray(0, wal.length - 100));
casefile.close();
