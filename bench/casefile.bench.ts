// The casefile store on the large generated case (40 points, 400 evidence items, 60
// interviews, 1,000 chronology entries, 80 recommendations): import, export, open, a
// single-record update, and what encryption costs. Key derivation (PBKDF2-HMAC-SHA512,
// 256,000 iterations: SQLCipher 4's default, kept) is shown on its own row: it is paid once
// per open (in Node, which hands SQLite the key raw) and would otherwise hide everything else.
// The journal check is paid only when a journal was left behind (a crash): shown on its own
// row, for the journal of a hundred edits. The history (audit.ts) is measured as what it adds
// to a single-record update: the same edits with the chained history and with the audit row of
// before it (words only, no values, no hash), interleaved; and a backup of the large case
// (VACUUM INTO, then every page, SQLite's check and the last change checked) and its restore.
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Casefile, createCasefile, openCasefile, restoreBackup } from '../electron/core/casefile/index.ts';
import { openDatabase } from '../electron/core/casefile/open.ts';
import { checkJournal } from '../electron/core/casefile/journal-check.ts';
import { migrate } from '../electron/core/casefile/migrations/index.ts';
import { deriveKeys, type CipherKeys } from '../electron/core/casefile/page-check.ts';
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { timeMedian, type BenchRow } from './measure.ts';

const PASSPHRASE = 'a bench passphrase';

/** A casefile-shaped database without encryption, opened with the same pragmas, for the overhead ratio. */
function unencryptedCasefile(path: string): Casefile {
  const db = new Database(path, { timeout: 0 });
  db.pragma('locking_mode=EXCLUSIVE');
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('temp_store=MEMORY');
  db.pragma('foreign_keys=ON');
  migrate(db);
  db.prepare("INSERT INTO meta (key, value) VALUES ('application', 'impartial'), ('format_version', '1')").run();
  return new Casefile(path, db, PASSPHRASE);
}

/** A copy of the casefile as a crash after `edits` single-record updates leaves it: the updates still in its journal. */
function crashedAfterEdits(path: string, copy: string, edits: number, evidence: NonNullable<ReturnType<typeof generateLargeCase>['evidence']>): void {
  const casefile = openCasefile(path, PASSPHRASE);
  for (let i = 0; i < edits; i++) {
    const e = evidence[i % evidence.length]!;
    casefile.upsert('evidence', { ...e, title: `${e.title} (crash ${i})` });
  }
  copyFileSync(path, copy);
  copyFileSync(`${path}-wal`, `${copy}-wal`);
  casefile.close();
}

/** Medians of `a` and `b` run alternately, after one warm-up each. */
async function interleaved(runs: number, a: () => unknown, b: () => unknown): Promise<[number, number]> {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of [[a, ta], [b, tb]] as const) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [median(ta), median(tb)];
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'impartial-bench-casefile-'));
  try {
    const large = generateLargeCase();
    const path = join(dir, 'large.casefile');
    const casefile = createCasefile(path, PASSPHRASE);

    const importMs = await timeMedian(7, () => casefile.replaceCase(large));
    const exportMs = await timeMedian(7, () => casefile.readCase());
    let n = 0;
    const evidence = large.evidence!;
    const updateMs = await timeMedian(51, () => {
      n++;
      const e = evidence[n % evidence.length]!;
      casefile.upsert('evidence', { ...e, title: `${e.title} (revised ${n})` });
    });
    // A backup of the large case, checked as written, and its size; then restoring it (full verify).
    let b = 0;
    const backupMs = await timeMedian(5, () => casefile.backupTo(join(dir, `backup-${b++}.casefile`)));
    const backupMb = statSync(join(dir, 'backup-0.casefile')).size / 1_048_576;
    let r = 0;
    const restoreMs = await timeMedian(3, () => restoreBackup(join(dir, 'backup-0.casefile'), join(dir, `restored-${r++}.casefile`), PASSPHRASE));
    casefile.replaceCase(generateLargeCase({ attachments: true }));
    const exportAttachmentsMs = await timeMedian(7, () => casefile.readCase({ withAttachments: true }));
    casefile.close();

    // What opening derives (open.ts): the key and the HMAC key, once, in Node.
    const salt = readFileSync(path).subarray(0, 16);
    let keys: CipherKeys | undefined;
    const kdfMs = await timeMedian(5, () => { keys = deriveKeys(Buffer.from(PASSPHRASE), salt); });
    const openMs = await timeMedian(5, () => openCasefile(path, PASSPHRASE).close());
    // The rest of opening, measured directly: a raw key x'<key><salt>' is used as it is, with nothing derived.
    const rawKey = `x'${keys!.key.toString('hex')}${salt.toString('hex')}'`;
    const openRestMs = await timeMedian(9, () => openCasefile(path, rawKey).close());
    const crashed = join(dir, 'crashed.casefile');
    crashedAfterEdits(path, crashed, 100, large.evidence!);
    const journalFrames = (statSync(`${crashed}-wal`).size - 32) / (24 + 4096);
    const journalMs = await timeMedian(9, () => checkJournal(crashed, keys!));

    // The same workloads with and without encryption, interleaved so that load on the machine hits both alike.
    const plain = unencryptedCasefile(join(dir, 'plain.db'));
    const encrypted = createCasefile(join(dir, 'encrypted.casefile'), PASSPHRASE);
    const pairs = await interleaved(9, () => encrypted.replaceCase(large), () => plain.replaceCase(large));
    let m = 0;
    const edit = (target: Casefile) => () => {
      const e = evidence[m++ % evidence.length]!;
      target.upsert('evidence', { ...e, title: `${e.title} (revised ${m})` });
    };
    const updatePairs = await interleaved(101, edit(encrypted), edit(plain));
    plain.close();
    encrypted.close();
    // What the history costs per edit: the same edits on two copies of the large case, one with
    // the chained history and one with the audit row of before it. First as the app makes them
    // (each synchronously written: the disk's flush dominates and varies), then many edits in
    // one transaction, so that only the work of the edit and its history is timed.
    const opened = (name: string, history: boolean) => {
      const p = join(dir, name);
      createCasefile(p, PASSPHRASE, large).close();
      const db = openDatabase(p, PASSPHRASE);
      return { db, casefile: new Casefile(p, db, PASSPHRASE, [], { history }) };
    };
    const chained = opened('chained.casefile', true);
    const unchained = opened('unchained.casefile', false);
    const historyPairs = await interleaved(101, edit(chained.casefile), edit(unchained.casefile));
    const EDITS = 200;
    const batch = (target: { db: Database.Database; casefile: Casefile }) => () => {
      target.db.exec('BEGIN IMMEDIATE');
      for (let i = 0; i < EDITS; i++) edit(target.casefile)();
      target.db.exec('COMMIT');
    };
    const cpuPairs = await interleaved(9, batch(chained), batch(unchained));
    const rows = chained.casefile.history({ limit: 1 })[0]!.seq;
    chained.casefile.close();
    unchained.casefile.close();
    const [encryptedImportMs, plainImportMs] = pairs;
    const [encryptedUpdateMs, plainUpdateMs] = updatePairs;
    const [chainedMs, unchainedMs] = historyPairs;
    const [chainedCpuMs, unchainedCpuMs] = cpuPairs.map((ms) => ms / EDITS) as [number, number];

    return [
      { area: 'casefile', measure: 'import large case (validate + write, one transaction)', value: importMs, unit: 'ms', target: 300, note: 'key derivation excluded' },
      { area: 'casefile', measure: 'export large case', value: exportMs, unit: 'ms', target: 200 },
      { area: 'casefile', measure: 'export large case with 40 attachments', value: exportAttachmentsMs, unit: 'ms' },
      { area: 'casefile', measure: 'single-record update (evidence item)', value: updateMs, unit: 'ms', target: 5, note: 'synchronous=FULL, with its change in the chained history' },
      { area: 'casefile', measure: 'history per edit (the work, without the disk flush)', value: chainedCpuMs - unchainedCpuMs, unit: 'ms', note: `${chainedCpuMs.toFixed(3)} vs ${unchainedCpuMs.toFixed(3)} ms per edit with the old unchained row; ${rows} changes in the history` },
      { area: 'casefile', measure: 'single-record update, chained history vs before', value: chainedMs / unchainedMs, unit: 'x', note: `${chainedMs.toFixed(2)} vs ${unchainedMs.toFixed(2)} ms, each written to disk (synchronous=FULL)` },
      { area: 'casefile', measure: 'backup of the large case (written and checked)', value: backupMs, unit: 'ms', note: `${backupMb.toFixed(1)} MB; VACUUM INTO, page HMACs, quick_check, last change` },
      { area: 'casefile', measure: 'restore a backup of the large case (full verify)', value: restoreMs, unit: 'ms', note: 'copy, open, verify, new id; key derivation included' },
      { area: 'casefile', measure: 'open: key derivation (PBKDF2-SHA512, 256k)', value: kdfMs, unit: 'ms' },
      { area: 'casefile', measure: 'open: everything else (raw key)', value: openRestMs, unit: 'ms', note: `whole open ${openMs.toFixed(0)} ms` },
      { area: 'casefile', measure: 'open after a crash: journal check (100 edits)', value: journalMs, unit: 'ms', note: `${journalFrames} frames: checksums and page HMACs` },
      { area: 'casefile', measure: 'encryption overhead, import workload', value: encryptedImportMs / plainImportMs, unit: 'x', target: 1.3, note: `${encryptedImportMs.toFixed(1)} vs ${plainImportMs.toFixed(1)} ms unencrypted` },
      { area: 'casefile', measure: 'encryption overhead, update workload', value: encryptedUpdateMs / plainUpdateMs, unit: 'x', note: `${encryptedUpdateMs.toFixed(2)} vs ${plainUpdateMs.toFixed(2)} ms unencrypted` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
