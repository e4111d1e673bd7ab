// The app's operations (shared/api.ts) implemented once over the casefile store, for both
// hosts: Electron's main process and the loopback web host. What differs between them
// (dialogs, where rendered files go, the recent list) is the `HostSide` they pass in.
//
// Sessions: an unlocked casefile is an open store handle behind a random sessionId. Locking
// closes the handle and forgets the id, so nothing decrypted is left in memory here; the
// renderer is told by a 'locked' event and drops its copy.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { loadOrdinaryWords } from '../../../shared/anonymisation/index.ts';
import { assertNoLeaksInFileName } from '../../../shared/documents/leak-check.ts';
import { versionOf } from '../../../shared/documents/versions.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { FORMAT } from '../../../shared/interchange/schema.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { parseCaseJson } from '../../../shared/interchange/parse.ts';
import { buildDocument } from '../../../shared/documents/index.ts';
import { documentWords } from '../../../shared/documents/word-count.ts';
import { documentKinds, errorCodes, maxEvidenceFileBytes, passphraseRefused } from '../../../shared/api.ts';
import type {
  AppInfo, CasefileBackups, CasefileRef, DocumentFormat, DocumentKind, ImpartialEvent, LockReason, OpenedCasefile, Saved, Settings,
} from '../../../shared/api.ts';
import { formatDate } from '../../../shared/calendar/dates.ts';
import { backupTimeOf, casefileBackupFolder, listBackupFolders, listBackups } from '../backups/backup-folder.ts';
import { AUTO_BACKUP_EVERY_MS, changedSince, makeBackup } from './backup-keeper.ts';
import { olderCopyWarning } from './history-seen.ts';
import { defaultStoredSettings, publicSettings, type StoredSettings } from './stored-settings.ts';
import type { Handlers } from './dispatch.ts';
import { FileRegistry } from './files.ts';
import { IdleLock } from './idle-lock.ts';
import { runJob } from './jobs.ts';
import { PreviewWorker } from './preview-worker.ts';
import type { CasefileStore, OpenCasefile } from './store-port.ts';
import { InvalidCaseError } from '../casefile/errors.ts';
import { removeLeftovers } from '../files/leftovers.ts';
import { titleForFileName, windowsSafe } from '../files/file-names.ts';
import { PLACEHOLDER_AUTHORITY } from '../casefile/placeholder.ts';
import { planIssue } from '../documents/issue.ts';
import { todayIso } from '../../../shared/calendar/index.ts';
import { withTypedTexts } from '../../../shared/case-model/texts.ts';
import { indexPendingFiles } from '../search/index-files.ts';
import { viewableContent } from '../evidence/viewable.ts';
import { loadTemplates, TEMPLATES_DIR } from '../documents/templates.ts';
import { standardParagraphText } from '../../../shared/documents/standard-paragraph.ts';

/** What each host provides. Paths returned here never reach the renderer. */
export interface HostSide {
  kind: AppInfo['host'];
  version: string;
  /** Whether the choose* methods show native dialogs. */
  nativeDialogs: boolean;
  /** Casefiles to offer on the start screen: Electron's recent list, the web host's workspace folder. */
  knownCasefiles(): Promise<Array<{ path: string; lastOpened?: string }>>;
  /** A casefile to open, or undefined when the user cancelled. */
  chooseCasefileToOpen(): Promise<string | undefined>;
  /** Where to create a new casefile for `title`, or undefined when cancelled. */
  chooseNewCasefilePath(title: string): Promise<string | undefined>;
  /** An interchange JSON file to import, or undefined when cancelled. */
  chooseInterchangeFile(): Promise<string | undefined>;
  /** A file to attach to an evidence item, or undefined when cancelled (Electron's open dialog;
   *  the web host answers undefined: its page uploads the file instead). */
  chooseEvidenceFile(): Promise<string | undefined>;
  /** Hands a copy of an attached file to the user: a save dialog, or a one-time download. */
  deliverEvidenceFile(fileName: string, mediaType: string, bytes: Uint8Array): Promise<{ saved?: boolean; downloadUrl?: string } | undefined>;
  /** Hands rendered bytes to the user: a save dialog, or a one-time download. */
  deliverDocument(fileName: string, bytes: Uint8Array): Promise<{ saved?: boolean; downloadUrl?: string } | undefined>;
  /** A casefile was opened (for the recent list). */
  opened(path: string): void;
  /** Sends an event to the renderer(s). */
  emit(event: ImpartialEvent): void;
  /** The OS keychain for passphrases the user chose to keep; absent where there is none. */
  keychain?: PassphraseKeychain;
  /** Loads and saves settings (stored-settings.ts); absent means settings live for this process only. */
  loadSettings?(): Promise<StoredSettings>;
  saveSettings?(settings: StoredSettings): Promise<void>;
  /** Where backups go unless the user chooses elsewhere: the app's data folder (Electron), a
   *  folder in the workspace (web host). Each casefile has a folder of its own inside it. */
  defaultBackupFolder: string;
  /** A folder for backups: Electron's folder dialog (`folder` ignored; undefined when
   *  cancelled); the web host's workspace folder `folder` (refused when outside it). */
  chooseBackupFolder?(folder: string | undefined): Promise<string | undefined>;
  /** Logs a failure the user has been told about in words (never case data). */
  log?(message: string): void;
}

/** Passphrases kept at the user's request, encrypted by the OS (Electron's safeStorage). */
export interface PassphraseKeychain {
  has(path: string): boolean;
  remember(path: string, passphrase: string): Promise<void>;
  recall(path: string): Promise<string | undefined>;
  forget(path: string): Promise<void>;
}

export interface ServiceOptions {
  store: CasefileStore;
  host: HostSide;
  /** The job worker's file: the .ts source under Node (sourceJobWorker), the built .js in Electron. */
  jobWorker: URL | string;
  /** Where templates/ and the PDF fonts are, when not in the project folder (a packaged app). */
  resources?: { templatesDir?: string; fontsDir?: string };
}

interface Session {
  fileId: string;
  path: string;
  casefile: OpenCasefile;
  /** The casefile's random id: its backup folder, and what this computer saw of it. */
  casefileId: string;
  /** The automatic backup every AUTO_BACKUP_EVERY_MS. */
  backupTimer: NodeJS.Timeout;
}

export interface Service {
  handlers: Handlers;
  /** Locks every open casefile (idle, sleep, screen lock, quit). */
  lockAll(reason: LockReason): Promise<void>;
  /** Opens a path chosen outside the renderer (menu "Open Recent"): its fileId for a 'menu' event. */
  fileIdOf(path: string): string;
  dispose(): Promise<void>;
}

const documentTitles: Record<DocumentKind, string> = {
  statement: 'Statement of Complaint',
  'io-report': 'IO report',
  'ip-report': 'IP report',
  'adjudication-letter': 'Adjudication letter',
  'panel-report': 'Panel report',
};

/** "Jones - IO report (anonymised).pdf"; an issued copy: "Jones - IO report, version 2 (anonymised).pdf". */
export function documentFileName(title: string, kind: DocumentKind, format: DocumentFormat, named: boolean, draft: boolean, version?: number): string {
  const safeTitle = titleForFileName(title);
  const flags = [versionOf(kind, named), ...(draft ? ['DRAFT'] : [])].join(', ');
  return windowsSafe(`${safeTitle ? `${safeTitle} - ` : ''}${documentTitles[kind]}${version === undefined ? '' : `, version ${version}`} (${flags}).${format}`);
}

/** "Smith - IO report (anonymised, fact-check draft 6 January 2025).pdf" */
export function factCheckFileName(title: string, format: DocumentFormat, named: boolean, sentDate: string): string {
  return documentFileName(title, 'io-report', format, named, false).replace(/\)\.(docx|pdf)$/, `, fact-check draft ${formatDate(sentDate)}).$1`);
}

/** An empty, valid case: what "New casefile" starts from. */
export function emptyCase(input: { title: string; procedure?: CaseData['case']['procedure']; stage?: 2 | 3; role?: CaseData['case']['role']; authorityName?: string }): CaseData {
  return {
    format: FORMAT,
    case: {
      title: input.title,
      procedure: input.procedure ?? 'england-children-act-1989',
      stage: input.stage ?? 2,
      role: input.role ?? 'investigating-officer',
    },
    authority: { name: input.authorityName?.trim() || PLACEHOLDER_AUTHORITY },
    people: [],
    complaint: { complainantIds: [] },
    statement: { points: [] },
  };
}

/** The case as the renderer gets it: attachment metadata, never the bytes. */
function withoutAttachmentBytes(data: CaseData): CaseData {
  if (!data.evidence?.some((e) => e.attachment?.data !== undefined)) return data;
  return {
    ...data,
    evidence: data.evidence.map((e) => {
      if (!e.attachment || e.attachment.data === undefined) return e;
      const { data: _bytes, ...meta } = e.attachment;
      return { ...e, attachment: meta };
    }),
  };
}

const tooLarge = (fileName: string, size: number) =>
  new ImpartialError('file-too-large', `${fileName} is ${(size / 1024 / 1024).toFixed(1)} MB: files attached to evidence can be at most ${maxEvidenceFileBytes / 1024 / 1024} MB`);

/** The media type of an attached file, from its name when the browser or OS did not say. */
function mediaTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return evidenceMediaTypes[extension] ?? 'application/octet-stream';
}
const evidenceMediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
  rtf: 'application/rtf',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
};

const now = (): Saved => ({ savedAt: new Date().toISOString() });

/** A file the user chose in a dialog, read; one that cannot be read is named by its file name, not its folder. */
async function readChosenFile(path: string): Promise<Buffer>;
async function readChosenFile(path: string, as: 'utf8'): Promise<string>;
async function readChosenFile(path: string, as: 'size'): Promise<number>;
async function readChosenFile(path: string, as?: 'utf8' | 'size'): Promise<Buffer | string | number> {
  try {
    return as === 'size' ? (await stat(path)).size : as === 'utf8' ? await readFile(path, 'utf8') : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it has been moved or deleted' : code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : code ? `the system answered ${code}` : 'it could not be opened';
    throw new ImpartialError('cannot-read', `${FileRegistry.displayName(path)} could not be read: ${why}`, { location: path, cause: error });
  }
}

export async function createService(options: ServiceOptions): Promise<Service> {
  const { store, host } = options;
  const files = new FileRegistry();
  const sessions = new Map<string, Session>();
  const previews = new PreviewWorker(options.jobWorker);
  const backupFiles = new FileRegistry();
  const stored: StoredSettings = (await host.loadSettings?.().catch(() => undefined)) ?? defaultStoredSettings();
  const saveStored = async () => {
    try {
      await host.saveSettings?.(stored);
    } catch (error) {
      host.log?.(`the settings could not be saved: ${(error as Error).message}`);
    }
  };
  const backupRoot = () => stored.backupFolder ?? host.defaultBackupFolder;
  const settingsNow = (): Settings => publicSettings(stored, basename(backupRoot()));

  /** A checked backup now, remembered as the last one made here. */
  const backUp = (s: Session) => {
    const made = makeBackup(s.casefile, backupRoot());
    const seen = stored.historySeen[s.casefileId];
    if (seen) seen.backedUp = { seq: made.head.seq, hash: made.head.hash };
    return made;
  };
  /** The automatic backup: only when something changed since the last one made here. A
   *  failure never stops the lock or the editing; the user is told. */
  const backUpIfChanged = (s: Session) => {
    try {
      if (!changedSince(s.casefile.historyHead(), stored.historySeen[s.casefileId]?.backedUp)) return;
      backUp(s);
    } catch (error) {
      const why = error instanceof ImpartialError ? error.messageFor('app') : 'an unexpected error';
      host.log?.(`automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
      host.emit({ type: 'backup-failed', message: `The automatic backup of ${FileRegistry.displayName(s.path)} could not be made: ${FileRegistry.withoutFolder(why, s.path)}` });
    }
  };
  /** What this computer has now seen of the casefile's history (history-seen.ts). */
  const noteSeen = (s: Session) => {
    const head = s.casefile.historyHead();
    const before = stored.historySeen[s.casefileId];
    stored.historySeen[s.casefileId] = {
      seq: head.seq, hash: head.hash, ...(head.at ? { at: head.at } : {}), path: s.path, name: FileRegistry.displayName(s.path),
      ...(before?.backedUp ? { backedUp: before.backedUp } : {}),
    };
  };

  const lockSession = async (sessionId: string, reason: LockReason) => {
    const session = sessions.get(sessionId);
    if (!session) return;
    sessions.delete(sessionId);
    previews.forget(sessionId);
    if (sessions.size === 0) idle.stop();
    clearInterval(session.backupTimer);
    try {
      backUpIfChanged(session);
      try {
        noteSeen(session);
      } catch { /* a casefile that can no longer be read: nothing new was seen */ }
      await saveStored();
      await session.casefile.close();
    } finally {
      host.emit({ type: 'locked', sessionId, reason });
    }
  };
  const lockAll = async (reason: LockReason) => {
    for (const sessionId of [...sessions.keys()]) await lockSession(sessionId, reason);
  };
  const idle = new IdleLock(stored.idleLockMinutes, () => void lockAll('idle'));

  const session = (sessionId: string): Session => {
    const found = sessions.get(sessionId);
    if (!found) throw new ImpartialError(errorCodes.locked, 'This casefile has been locked: unlock it again with its passphrase');
    idle.activity();
    return found;
  };

  /** One session per file: the store holds an exclusive lock, so an older session of the
   *  same file (a reloaded page, a second tab) is closed before the file is opened again. */
  const closeSessionsOf = async (path: string) => {
    const fileId = files.idOf(path);
    for (const [id, s] of sessions) if (s.fileId === fileId) await lockSession(id, 'user');
  };

  /** Sessions whose attached files are being read into the search index, and whether to look again when done. */
  const reading = new Map<string, { again: boolean }>();
  /** Reads every pending attached file's text in the job worker (off the window's thread), one
   *  file at a time, with 'file-text' events; a file attached meanwhile is read after. Runs in
   *  the background: locking the casefile stops it, leaving the rest pending for next time. */
  const readFileTexts = (sessionId: string) => {
    const running = reading.get(sessionId);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false };
    reading.set(sessionId, state);
    void (async () => {
      try {
        do {
          state.again = false;
          const current = sessions.get(sessionId);
          if (!current) return;
          let done = 0;
          let total = 0;
          await indexPendingFiles(
            current.casefile,
            async (file) => {
              const { text } = await runJob(options.jobWorker, { type: 'extract-text', bytes: file.bytes, fileName: file.fileName, mediaType: file.mediaType },
                (stage) => host.emit({ type: 'file-text', sessionId, done, total, stage }));
              if (!text) throw new Error('the text job returned no text');
              return text;
            },
            (p) => {
              ({ done, total } = p);
              if (sessions.has(sessionId)) {
                host.emit({ type: 'file-text', sessionId, done: p.done, total: p.total, stage: p.file ? `Reading ${p.file.fileName} (${p.file.ref})` : 'Done' });
              }
            },
          );
        } while (state.again && sessions.has(sessionId));
      } catch {
        // The casefile was locked while a file was read: the rest stays pending for next time.
      } finally {
        reading.delete(sessionId);
      }
    })();
  };

  const startSession = async (path: string, casefile: OpenCasefile): Promise<OpenedCasefile> => {
    const fileId = files.idOf(path);
    const sessionId = randomBytes(18).toString('base64url');
    casefile.actAs({ name: stored.userName });
    const casefileId = casefile.casefileId();
    // Compared with what this computer saw last, then recorded as what it has seen now.
    const warning = olderCopyWarning(stored.historySeen[casefileId], casefile.historyHead(), (seq) => casefile.historyHashAt(seq));
    const backupTimer = setInterval(() => {
      const s = sessions.get(sessionId);
      if (s) backUpIfChanged(s);
    }, AUTO_BACKUP_EVERY_MS);
    backupTimer.unref();
    const s: Session = { fileId, path, casefile, casefileId, backupTimer };
    sessions.set(sessionId, s);
    noteSeen(s);
    await saveStored();
    idle.activity();
    host.opened(path);
    const notices = (casefile.notices ?? []).map((n) => n.message);
    if (casefile.pendingFileTexts().length > 0) readFileTexts(sessionId);
    return {
      fileId, name: FileRegistry.displayName(path), sessionId,
      ...(notices.length > 0 ? { notices } : {}),
      ...(warning ? { warnings: [warning] } : {}),
    };
  };
  const actor = () => ({ name: stored.userName });

  const ref = (path: string, lastOpened?: string): CasefileRef => ({
    fileId: files.idOf(path),
    name: FileRegistry.displayName(path),
    ...(lastOpened ? { lastOpened } : {}),
    ...(host.keychain?.has(path) ? { remembered: true } : {}),
  });

  const keychain = (): PassphraseKeychain => {
    if (!host.keychain) throw new ImpartialError(errorCodes.unsupported, 'Passphrases cannot be kept on this computer: there is no secure keychain here');
    return host.keychain;
  };

  const cancelled = () => new ImpartialError(errorCodes.cancelled, 'Cancelled');

  const handlers: Handlers = {
    async getAppInfo() {
      return { host: host.kind, version: host.version, nativeDialogs: host.nativeDialogs, keychain: host.keychain !== undefined };
    },
    async listRecent() {
      const known = await host.knownCasefiles();
      // What an interrupted create or passphrase change left beside these casefiles goes now.
      for (const folder of new Set(known.map((f) => dirname(f.path)))) removeLeftovers(folder);
      return known.map((f) => ref(f.path, f.lastOpened));
    },
    async chooseCasefileToOpen() {
      if (!host.nativeDialogs) throw new ImpartialError(errorCodes.unsupported, 'Choose a casefile from the list: the web host opens casefiles in its workspace folder');
      const path = await host.chooseCasefileToOpen();
      if (!path) throw cancelled();
      return ref(path);
    },
    async createCasefile(input) {
      const path = await host.chooseNewCasefilePath(input.title);
      if (!path) throw cancelled();
      const casefile = await store.createCasefile(path, input.passphrase, emptyCase(input), { actor: actor() });
      return startSession(path, casefile);
    },
    async importInterchange(input) {
      let json = input.json;
      let fileName = 'the imported file';
      if (json === undefined) {
        const source = await host.chooseInterchangeFile();
        if (!source) throw cancelled();
        fileName = FileRegistry.displayName(source);
        json = await readChosenFile(source, 'utf8');
      }
      const parsed = parseCaseJson(json, fileName);
      if (!parsed.ok) throw new InvalidCaseError(parsed.issues);
      const path = await host.chooseNewCasefilePath(parsed.value.case.title);
      if (!path) throw cancelled();
      const progress = (stage: string, fraction: number) => {
        if (input.jobId) host.emit({ type: 'progress', jobId: input.jobId, stage, fraction });
      };
      // Writing a large case takes a while: in the worker, then opened here like any unlock.
      await runJob(options.jobWorker, { type: 'create-casefile', path, passphrase: input.passphrase, caseData: parsed.value, actor: actor() }, progress);
      progress('Opening the casefile', 0.9);
      const casefile = await store.openCasefile(path, input.passphrase, { actor: actor() });
      progress('Imported', 1);
      return startSession(path, casefile);
    },
    async unlock(input) {
      const path = files.pathOf(input.fileId);
      await closeSessionsOf(path);
      const casefile = await store.openCasefile(path, input.passphrase, { actor: actor() });
      // Kept only once it has proved to open the file, and only when asked.
      if (input.remember === true) await keychain().remember(path, input.passphrase);
      else if (input.remember === false && host.keychain?.has(path)) await host.keychain.forget(path);
      return startSession(path, casefile);
    },
    async unlockRemembered(input) {
      const path = files.pathOf(input.fileId);
      const passphrase = await keychain().recall(path);
      if (passphrase === undefined) throw new ImpartialError('not-remembered', 'No passphrase is kept for this casefile on this computer: enter it');
      await closeSessionsOf(path);
      try {
        return await startSession(path, await store.openCasefile(path, passphrase, { actor: actor() }));
      } catch (error) {
        // The passphrase was changed elsewhere: a kept one that no longer works is useless.
        if (error instanceof ImpartialError && passphraseRefused.has(error.code)) await keychain().forget(path);
        throw error;
      }
    },
    async verifyCasefile(input) {
      const path = files.pathOf(input.fileId);
      if ([...sessions.values()].some((s) => s.path === path)) {
        throw new ImpartialError('open-elsewhere', `${FileRegistry.displayName(path)} is open: lock it first, then check it`);
      }
      const progress = (stage: string, fraction: number) => {
        if (input.jobId) host.emit({ type: 'progress', jobId: input.jobId, stage, fraction });
      };
      const { report } = await runJob(options.jobWorker, { type: 'verify', path, passphrase: input.passphrase }, progress);
      if (!report) throw new Error('the verify job returned no report');
      progress('Done', 1);
      // A finding may quote a system error, which can name the file with its folder.
      return { ...report, problems: report.problems.map((p) => FileRegistry.withoutFolder(p, path)) };
    },
    async forgetPassphrase(input) {
      const path = files.pathOf(input.fileId);
      if (host.keychain?.has(path)) await host.keychain.forget(path);
      return null;
    },
    async lock(input) {
      await lockSession(input.sessionId, 'user');
      return null;
    },
    async keepAlive(input) {
      session(input.sessionId);
      return null;
    },
    async getCase(input) {
      return withoutAttachmentBytes(await session(input.sessionId).casefile.readCase());
    },
    async saveRecord(input) {
      await session(input.sessionId).casefile.upsert(input.collection, input.record);
      return now();
    },
    async deleteRecord(input) {
      await session(input.sessionId).casefile.remove(input.collection, input.id);
      return now();
    },
    async reorderRecords(input) {
      await session(input.sessionId).casefile.reorder(input.collection, input.ids);
      return now();
    },
    async saveTogether(input) {
      // The API says null for a section removed, as saveSection does.
      await session(input.sessionId).casefile.writeAll(input.edits.map((e) => ('section' in e ? { section: e.section, value: e.value ?? undefined } : e)));
      return now();
    },
    async renumberPoints(input) {
      const { casefile } = session(input.sessionId);
      const points = (await casefile.readCase()).statement.points;
      // Two passes, because numbers are unique: swapping "1" and "2" directly would collide.
      const temporary = (i: number) => `renumbering-${i + 1}`;
      for (const [i, point] of points.entries()) if (point.number !== String(i + 1)) await casefile.upsert('points', { ...point, number: temporary(i) });
      for (const [i, point] of points.entries()) if (point.number !== String(i + 1)) await casefile.upsert('points', { ...point, number: String(i + 1) });
      return now();
    },
    async saveSection(input) {
      // The store clears an optional section when given undefined; the API says null (JSON has no undefined).
      await session(input.sessionId).casefile.setSection(input.section, input.value ?? undefined);
      return now();
    },
    async renderDocument(input) {
      const { casefile } = session(input.sessionId);
      const caseData = withoutAttachmentBytes(await casefile.readCase());
      const progress = (stage: string, fraction: number) => {
        if (input.jobId) host.emit({ type: 'progress', jobId: input.jobId, stage, fraction });
      };
      progress('Preparing', 0);
      // The case title goes into the file's name: an anonymised document's name is checked like its text.
      const fileName = documentFileName(caseData.case.title, input.kind, input.format, input.named, input.draft);
      if (!input.named) assertNoLeaksInFileName(fileName, caseData.people, documentTitles[input.kind], { ordinaryWords: await loadOrdinaryWords() });
      const { bytes } = await runJob(options.jobWorker, { type: 'render', caseData, kind: input.kind, format: input.format, named: input.named, draft: input.draft, ...options.resources }, progress);
      if (!bytes) throw new Error('the render job returned no bytes');
      const delivered = await host.deliverDocument(fileName, bytes);
      if (!delivered) throw cancelled();
      progress('Done', 1);
      return { fileName, size: bytes.byteLength, ...delivered };
    },
    async sendForFactCheck(input) {
      const { casefile } = session(input.sessionId);
      const caseData = withoutAttachmentBytes(await casefile.readCase());
      if ((caseData.factCheck?.rounds ?? []).some((r) => r.id === input.round.id)) {
        throw new InvalidCaseError([{ path: 'round.id', message: `duplicate id "${input.round.id}"` }]);
      }
      const progress = (stage: string, fraction: number) => {
        if (input.jobId) host.emit({ type: 'progress', jobId: input.jobId, stage, fraction });
      };
      progress('Preparing', 0);
      const fileName = factCheckFileName(caseData.case.title, input.format, input.named, input.round.sentDate);
      if (!input.named) assertNoLeaksInFileName(fileName, caseData.people, documentTitles['io-report'], { ordinaryWords: await loadOrdinaryWords() });
      const { bytes } = await runJob(options.jobWorker, {
        type: 'render', caseData, kind: 'io-report', format: input.format, named: input.named, draft: true,
        factCheck: { sentDate: input.round.sentDate }, ...options.resources,
      }, progress);
      if (!bytes) throw new Error('the render job returned no bytes');
      const delivered = await host.deliverDocument(fileName, bytes);
      if (!delivered) throw cancelled();
      // Recorded once it has gone: a cancelled save dialog sends nothing, so records no round.
      const draftSha256 = createHash('sha256').update(bytes).digest('hex');
      await casefile.upsert('factCheckRounds', { ...input.round, draftSha256 });
      progress('Done', 1);
      return { fileName, size: bytes.byteLength, draftSha256, ...delivered };
    },
    async previewDocument(input) {
      const { casefile } = session(input.sessionId);
      // The case is read when this preview's turn comes, so it shows every edit saved by then.
      return previews.preview(input.sessionId, async () => ({
        type: 'preview', caseData: withoutAttachmentBytes(withTypedTexts(await casefile.readCase(), input.typed ?? [])),
        kind: input.kind, named: input.named, ...options.resources,
      }));
    },
    async countDocumentWords(input) {
      const data = await session(input.sessionId).casefile.readCase();
      const templates = loadTemplates(data.authority.name, options.resources?.templatesDir ?? TEMPLATES_DIR);
      const counts: Partial<Record<DocumentKind, number>> = {};
      for (const kind of documentKinds) {
        try {
          counts[kind] = documentWords(buildDocument(kind, data, { named: false, draft: false, templates, today: todayIso() }));
        } catch {
          // The Documents screen names a document that cannot be built when it is rendered.
        }
      }
      return counts;
    },
    async issueDocument(input) {
      const { casefile } = session(input.sessionId);
      const caseData = withoutAttachmentBytes(await casefile.readCase());
      const progress = (stage: string, fraction: number) => {
        if (input.jobId) host.emit({ type: 'progress', jobId: input.jobId, stage, fraction });
      };
      progress('Preparing', 0);
      const plan = planIssue(caseData, { kind: input.kind, format: input.format, named: input.named, date: input.date, today: todayIso() });
      const fileName = documentFileName(caseData.case.title, input.kind, input.format, plan.named, false, plan.stamp.version);
      if (!plan.named) assertNoLeaksInFileName(fileName, caseData.people, documentTitles[input.kind], { ordinaryWords: await loadOrdinaryWords() });
      const { bytes } = await runJob(options.jobWorker, {
        type: 'render', caseData, kind: input.kind, format: input.format, named: plan.named, draft: false, issue: plan.stamp, ...options.resources,
      }, progress);
      if (!bytes) throw new Error('the render job returned no bytes');
      progress('Keeping the issued copy in the casefile', 0.9);
      const { data: _bytes, ...issued } = await casefile.recordIssue({
        kind: input.kind, version: plan.stamp.version, date: plan.stamp.date, format: input.format, named: plan.named, fileName,
      }, bytes);
      // The issue is kept whatever happens to the file: a cancelled save can be made again from the list.
      const delivered = await host.deliverDocument(fileName, bytes);
      progress('Done', 1);
      return { fileName, size: bytes.byteLength, issued, ...(delivered ?? { saved: false }), ...(plan.note ? { note: plan.note } : {}) };
    },
    async saveIssuedDocument(input) {
      const { casefile } = session(input.sessionId);
      const issued = (await casefile.readCase()).issued?.find((d) => d.kind === input.kind && d.version === input.version);
      if (!issued) throw new ImpartialError('not-found', `Version ${input.version} of the ${documentTitles[input.kind]} has not been issued`);
      const bytes = await casefile.readIssuedDocument(input.kind, input.version);
      const delivered = await host.deliverDocument(issued.fileName, bytes);
      if (!delivered) throw cancelled();
      return { fileName: issued.fileName, size: bytes.byteLength, ...delivered };
    },
    async attachEvidenceFile(input) {
      const { casefile } = session(input.sessionId);
      let file: { fileName: string; mediaType: string; bytes: Uint8Array };
      if (input.upload) {
        const bytes = Buffer.from(input.upload.data, 'base64');
        file = { fileName: input.upload.fileName, mediaType: input.upload.mediaType || mediaTypeOf(input.upload.fileName), bytes };
      } else {
        if (!host.nativeDialogs) throw new ImpartialError(errorCodes.unsupported, 'Choose the file to attach with "Attach file…": this host cannot show an open dialog');
        const source = await host.chooseEvidenceFile();
        if (!source) throw cancelled();
        const size = (await readChosenFile(source, 'size'));
        if (size > maxEvidenceFileBytes) throw tooLarge(FileRegistry.displayName(source), size);
        // Read into memory and stored encrypted: no copy of it is written anywhere else.
        file = { fileName: FileRegistry.displayName(source), mediaType: mediaTypeOf(source), bytes: await readChosenFile(source) };
      }
      if (file.bytes.byteLength > maxEvidenceFileBytes) throw tooLarge(file.fileName, file.bytes.byteLength);
      const { data: _bytes, ...meta } = await casefile.putAttachment(input.evidenceId, file.bytes, file.fileName, file.mediaType);
      readFileTexts(input.sessionId);
      return meta;
    },
    async saveEvidenceFile(input) {
      const { casefile } = session(input.sessionId);
      const evidence = (await casefile.readCase()).evidence?.find((e) => e.id === input.evidenceId);
      if (!evidence?.attachment) throw new ImpartialError('not-found', `Evidence item "${input.evidenceId}" has no attached file`);
      const bytes = await casefile.readAttachment(input.evidenceId);
      const { fileName, mediaType } = evidence.attachment;
      const delivered = await host.deliverEvidenceFile(fileName, mediaType, bytes);
      if (!delivered) throw cancelled();
      return { fileName, size: bytes.byteLength, ...delivered };
    },
    async readEvidenceFile(input) {
      const { casefile } = session(input.sessionId);
      const evidence = (await casefile.readCase()).evidence?.find((e) => e.id === input.evidenceId);
      if (!evidence?.attachment) throw new ImpartialError('not-found', `Evidence item "${input.evidenceId}" has no attached file`);
      const { fileName, mediaType, size } = evidence.attachment;
      const bytes = await casefile.readAttachment(input.evidenceId);
      return { evidenceId: evidence.id, ref: evidence.ref, fileName, mediaType, size, content: await viewableContent(bytes, fileName, mediaType) };
    },
    async searchCase(input) {
      return session(input.sessionId).casefile.search(input.query, input.limit === undefined ? {} : { limit: input.limit });
    },
    async getFileTextStates(input) {
      return session(input.sessionId).casefile.fileTextStates();
    },
    async standardParagraph(input) {
      const data = await session(input.sessionId).casefile.readCase();
      // The case's authority pack wins where it has its own version of the paragraph.
      const templates = loadTemplates(data.authority.name, options.resources?.templatesDir ?? TEMPLATES_DIR);
      return { name: input.name, text: standardParagraphText(data, templates, input.name, { today: todayIso() }) };
    },
    async getSettings() {
      return settingsNow();
    },
    async setSettings(input) {
      if (input.idleLockMinutes !== undefined) {
        stored.idleLockMinutes = input.idleLockMinutes;
        idle.setIdleMinutes(stored.idleLockMinutes);
      }
      if (input.userName !== undefined) {
        stored.userName = input.userName.trim();
        for (const s of sessions.values()) s.casefile.actAs({ name: stored.userName });
      }
      await host.saveSettings?.(stored);
      return settingsNow();
    },
    async chooseBackupFolder(input) {
      if (input.reset) {
        delete stored.backupFolder;
      } else {
        if (!host.chooseBackupFolder) throw new ImpartialError(errorCodes.unsupported, 'This host cannot choose a backup folder');
        const folder = await host.chooseBackupFolder(input.folder);
        if (!folder) throw cancelled();
        try {
          mkdirSync(folder, { recursive: true, mode: 0o700 });
        } catch (error) {
          throw new ImpartialError('cannot-write', `Backups cannot go to ${basename(folder)}: the folder cannot be made (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        stored.backupFolder = folder;
      }
      await host.saveSettings?.(stored);
      return settingsNow();
    },
    async getHistory(input) {
      const { casefile } = session(input.sessionId);
      const limit = input.limit ?? 50;
      const entries = casefile.history({
        ...(input.collection !== undefined ? { collection: input.collection } : {}),
        ...(input.recordId !== undefined ? { recordId: input.recordId } : {}),
        ...(input.beforeSeq !== undefined ? { beforeSeq: input.beforeSeq } : {}),
        limit: limit + 1,
      });
      return { entries: entries.slice(0, limit), more: entries.length > limit };
    },
    async backUpNow(input) {
      const made = backUp(session(input.sessionId));
      await saveStored();
      return { madeAt: made.madeAt.toISOString(), size: made.size, changes: made.head.seq };
    },
    async listBackups(input) {
      const root = backupRoot();
      let folders: Array<{ casefileId: string; backups: ReturnType<typeof listBackups> }>;
      if (input.fileId !== undefined) {
        const path = files.pathOf(input.fileId);
        const known = Object.entries(stored.historySeen).filter(([, seen]) => seen.path !== undefined && resolve(seen.path) === path);
        folders = known.map(([casefileId]) => ({ casefileId, backups: listBackups(casefileBackupFolder(root, casefileId)) }));
      } else {
        folders = listBackupFolders(root);
      }
      const out: CasefileBackups[] = folders.filter((f) => f.backups.length > 0).map((f) => ({
        name: stored.historySeen[f.casefileId]?.name ?? 'A casefile not opened on this computer',
        backups: f.backups.map((b) => ({ backupId: backupFiles.idOf(b.path), madeAt: b.at.toISOString(), size: b.size })),
      }));
      return out.sort((a, b) => b.backups[0]!.madeAt.localeCompare(a.backups[0]!.madeAt));
    },
    async restoreBackup(input) {
      let backupPath: string;
      try {
        backupPath = backupFiles.pathOf(input.backupId);
      } catch {
        throw new ImpartialError(errorCodes.unknownFile, 'That backup is no longer in the list: choose it again');
      }
      const madeAt = backupTimeOf(basename(backupPath));
      const name = (stored.historySeen[basename(dirname(backupPath))]?.name ?? 'Casefile').replace(/\.casefile$/i, '');
      const path = await host.chooseNewCasefilePath(`${name} restored from the backup of ${madeAt ? formatDate(madeAt.toISOString().slice(0, 10)) : 'an earlier day'}`);
      if (!path) throw cancelled();
      const progress = (stage: string, fraction: number) => {
        if (input.jobId) host.emit({ type: 'progress', jobId: input.jobId, stage, fraction });
      };
      progress('Checking the backup', 0.1);
      await runJob(options.jobWorker, { type: 'restore', backupPath, path, passphrase: input.passphrase, actor: actor(), ...(madeAt ? { madeAt: madeAt.toISOString() } : {}) }, progress);
      progress('Opening the restored casefile', 0.9);
      const casefile = await store.openCasefile(path, input.passphrase, { actor: actor() });
      progress('Restored', 1);
      return startSession(path, casefile);
    },
  };

  return {
    handlers,
    lockAll,
    fileIdOf: (path) => files.idOf(path),
    async dispose() {
      idle.stop();
      await lockAll('quit');
      await previews.dispose();
    },
  };
}
