// What the app's page is told when something fails, through the real service, the real
// casefile store and the real render worker, as the Electron host wires them (the dialogs are
// functions here): a casefile is named by its file name and never its folder (design.md
// section 7), in the message or any other field of the answer; and the advice is in the
// app's words, never the command line's ("render with --named").
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { createService } from '../../../electron/core/service/service.ts';
import type { HostSide, Service } from '../../../electron/core/service/service.ts';
import type { CasefileRef, OpenedCasefile, Result } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { flipByte } from '../casefile/helpers/files.ts';

const root = mkdtempSync(join(tmpdir(), 'impartial-app-errors-'));
const cases = join(root, 'Cases of Ms Example');
const elsewhere = join(root, 'moved away');
const passphrase = 'correct horse battery';
const sample = (): CaseData => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;

const known: string[] = [];
let nextNewPath = '';
let nextInterchange: string | undefined;
const services: Service[] = [];

async function startService(resources?: { fontsDir: string }): Promise<(method: string, input: unknown) => Promise<Result<unknown>>> {
  const host: HostSide = {
    kind: 'electron', version: 'test', nativeDialogs: true, defaultBackupFolder: join(root, 'backups'),
    knownCasefiles: async () => known.map((path) => ({ path })),
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async () => nextNewPath,
    chooseInterchangeFile: async () => nextInterchange,
    deliverDocument: async () => ({ saved: true }),
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ saved: true }),
    opened: () => {},
    emit: () => {},
  };
  const service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker, ...(resources ? { resources } : {}) });
  services.push(service);
  return (method, input) => dispatch(service.handlers, method, input);
}

let call: Awaited<ReturnType<typeof startService>>;

/** The answer as the page gets it (JSON), which must not hold the folder anywhere. */
function refusal(result: Result<unknown>, code: string): string {
  const answer = JSON.stringify(result);
  expect(answer).not.toContain(root);
  expect(answer).not.toContain(basename(root));
  expect(answer).not.toContain('Cases of Ms Example');
  expect(answer).not.toContain('moved away');
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
  const message = result.ok ? '' : result.error.message;
  // The app's words: no command-line flag or command.
  expect(message).not.toMatch(/--\w|impartial \w/);
  return message;
}

async function fileIdOf(name: string): Promise<string> {
  const list = await call('listRecent', {}) as Result<CasefileRef[]>;
  const found = list.ok ? list.value.find((f) => f.name === name) : undefined;
  if (!found) throw new Error(`${name} is not listed`);
  return found.fileId;
}

async function create(name: string, data?: CaseData): Promise<OpenedCasefile> {
  nextNewPath = join(cases, name);
  const created = await (data
    ? call('importInterchange', { passphrase, json: JSON.stringify(data) })
    : call('createCasefile', { title: name, passphrase })) as Result<OpenedCasefile>;
  if (!created.ok) throw new Error(created.error.message);
  known.push(nextNewPath);
  return created.value;
}

beforeAll(async () => {
  mkdirSync(cases);
  mkdirSync(elsewhere);
  call = await startService();
});

afterAll(async () => {
  for (const s of services) await s.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('a casefile is named by its file name, never its folder', () => {
  it('a casefile moved away since it was listed', async () => {
    const { sessionId } = await create('Moved.casefile');
    await call('lock', { sessionId });
    const fileId = await fileIdOf('Moved.casefile');
    renameSync(join(cases, 'Moved.casefile'), join(elsewhere, 'Moved.casefile'));
    const message = refusal(await call('unlock', { fileId, passphrase }), 'not-found');
    expect(message).toBe('Moved.casefile does not exist. It may have been moved, renamed or deleted: open it from where it is now');
    // The integrity check runs in a worker thread: its refusal crosses that too.
    refusal(await call('verifyCasefile', { fileId, passphrase }), 'not-found');
  });

  it('a damaged casefile', async () => {
    const { sessionId } = await create('Damaged.casefile');
    await call('lock', { sessionId });
    flipByte(join(cases, 'Damaged.casefile'), 200);
    const message = refusal(await call('unlock', { fileId: await fileIdOf('Damaged.casefile'), passphrase }), 'damaged');
    expect(message).toBe('Damaged.casefile is damaged: its first page failed its integrity check. Restore it from a backup');
  });

  it('a wrong passphrase', async () => {
    const { sessionId } = await create('Locked.casefile');
    await call('lock', { sessionId });
    const message = refusal(await call('unlock', { fileId: await fileIdOf('Locked.casefile'), passphrase: 'not it' }), 'damaged-or-wrong-passphrase');
    expect(message).toContain('Locked.casefile');
  });

  it('a folder that does not exist: creating, importing, and opening a casefile whose folder has gone', async () => {
    nextNewPath = join(root, 'no such folder', 'New.casefile');
    expect(refusal(await call('createCasefile', { title: 'New', passphrase }), 'folder-not-found')).toBe('the folder for New.casefile does not exist');
    // An import writes the casefile in the worker thread.
    refusal(await call('importInterchange', { passphrase, json: JSON.stringify(sample()) }), 'folder-not-found');

    mkdirSync(join(root, 'short-lived'));
    nextNewPath = join(root, 'short-lived', 'Gone.casefile');
    const created = await call('createCasefile', { title: 'Gone', passphrase }) as Result<OpenedCasefile>;
    if (!created.ok) throw new Error(created.error.message);
    known.push(nextNewPath);
    await call('lock', { sessionId: created.value.sessionId });
    const fileId = await fileIdOf('Gone.casefile');
    rmSync(join(root, 'short-lived'), { recursive: true });
    refusal(await call('unlock', { fileId, passphrase }), 'not-found');
  });

  it('an interchange file that is not a casefile, and one that was moved before it was read', async () => {
    writeFileSync(join(cases, 'Export.casefile'), JSON.stringify(sample()));
    known.push(join(cases, 'Export.casefile'));
    const message = refusal(await call('unlock', { fileId: await fileIdOf('Export.casefile'), passphrase }), 'not-a-casefile');
    expect(message).toBe('Export.casefile is not a casefile: it is a JSON file. To make a casefile from it, use “Import from interchange JSON”');

    nextInterchange = join(cases, 'vanished.json');
    nextNewPath = join(cases, 'Vanished.casefile');
    expect(refusal(await call('importInterchange', { passphrase }), 'cannot-read')).toBe('vanished.json could not be read: it has been moved or deleted');
  });

  it('the PDF fonts missing from where the app looks for them', async () => {
    const fontsDir = join(root, 'fonts folder');
    mkdirSync(fontsDir);
    const withoutFonts = await startService({ fontsDir });
    nextNewPath = join(cases, 'Fonts.casefile');
    const created = await withoutFonts('importInterchange', { passphrase, json: JSON.stringify(sample()) }) as Result<OpenedCasefile>;
    if (!created.ok) throw new Error(created.error.message);
    const message = refusal(await withoutFonts('renderDocument', { sessionId: created.value.sessionId, kind: 'statement', format: 'pdf' }), 'fonts-missing');
    expect(message).not.toContain('fonts folder');
    await withoutFonts('lock', { sessionId: created.value.sessionId });
  });
});

describe('refused documents say what to do in the app’s words', () => {
  it('a document that is not ready', async () => {
    const one = sample();
    const point = one.statement.points.find((p) => p.scope !== 'out')!;
    one.findings = one.findings!.filter((f) => f.pointId !== point.id);
    const { sessionId } = await create('Not ready.casefile', one);
    const message = refusal(await call('renderDocument', { sessionId, kind: 'io-report', format: 'docx' }), 'not-ready');
    expect(message).toBe(`the IO report is not ready: point ${point.number}: the point has no finding. Put it right, or choose “Draft” to render a marked DRAFT.`);

    await call('saveSection', { sessionId, section: 'ipReview', value: null });
    const several = refusal(await call('renderDocument', { sessionId, kind: 'ip-report', format: 'docx' }), 'not-ready');
    expect(several).toMatch(/\(and \d+ more\)\. The Documents screen lists them: put them right, or choose “Draft” to render a marked DRAFT\.$/);
    await call('lock', { sessionId });
  });

  it('an anonymised document that would name someone', async () => {
    const leaky = sample();
    const person = leaky.people.find((p) => p.role === 'complainant')!;
    leaky.findings![0]!.analysis = `${person.name} said the visit was cancelled.`;
    const { sessionId } = await create('Leaky.casefile', leaky);
    const message = refusal(await call('renderDocument', { sessionId, kind: 'io-report', format: 'pdf' }), 'name-leak');
    expect(message).toContain(person.name);
    expect(message).toMatch(/Replace the names with labels \(an ordinary word can be marked “Not a name here” under its field; “Names in the case’s texts” below lists them\), or choose “Named” for a named copy\.$/);
    await call('lock', { sessionId });
  });
});
