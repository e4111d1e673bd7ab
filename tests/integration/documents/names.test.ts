// Issue 8 end to end, on real encrypted casefiles and real files: `impartial render` refuses an
// anonymised document that names someone in any way people write names (in its text, its
// properties or its file name), saying the word and the place, and writes nothing; the app's
// render (through the web host, the same core) refuses a file name made from a case title that
// names someone; and a case whose text uses those names' words as ordinary words renders, as
// PDF and Word, with no name in the text, the properties or the file name read back.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../../electron/core/casefile/index.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import { loadOrdinaryWords, nameMatcher, type NameMatcher } from '../../../shared/anonymisation/index.ts';
import type { Result } from '../../../shared/api.ts';
import type { CaseData, PersonData } from '../../../shared/interchange/schema.ts';
import { docxParts, hasTool, pdfText, readBytes } from '../render/tools.ts';
import { paragraphs } from '../render/docx-xml.ts';
import { root, sample } from '../../unit/documents/helpers.ts';
import { sendRequest } from '../web/http.ts';
import { impartialBin } from '../cli/bin.ts';

const PASSPHRASE = 'a long enough passphrase';
const PEOPLE: PersonData[] = [
  { id: 'x-rose', name: 'Rose Green', label: 'Child Rose', role: 'child' },
  { id: 'x-may', name: 'May Bishop', label: 'Ms B', role: 'other' },
  { id: 'x-hope', name: 'Hope Price', label: 'Young Person H', role: 'child' },
  { id: 'x-will', name: 'Will Mark', label: 'Mr W', role: 'staff' },
  { id: 'x-gw', name: 'Gwenllïan Ŵyn ap Rhys', label: 'Child C', role: 'child' },
  { id: 'x-ob', name: "Siobhan O'Brien", label: 'Ms D', role: 'other' },
  { id: 'x-nw', name: 'Ewa Nowak-Wiśniewska', label: 'SW3', role: 'staff' },
];
const ORDINARY = {
  analysis: 'The grass was green when SW1 visited. She may hope to rose to the challenge, and we will mark the price of the placement. Child Rose and Young Person H were told on 3 May 2024.',
  evidence: "The bishop's letter about the summer holidays",
  chronology: 'Ms B and Mr W met; hope of a return home was discussed.',
};

let dir: string;
let matcher: NameMatcher;

function impartial(args: string[]) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function caseWith(change: (d: CaseData) => void): CaseData {
  const d = sample();
  d.people.push(...PEOPLE);
  change(d);
  return d;
}

function casefileOf(name: string, change: (d: CaseData) => void): string {
  const path = join(dir, `${name}.casefile`);
  createCasefile(path, PASSPHRASE, caseWith(change)).close();
  return path;
}

const filesIn = (d: string) => readdirSync(d).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-names-'));
  matcher = nameMatcher(caseWith(() => {}).people, await loadOrdinaryWords());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('impartial render refuses a document that names someone', () => {
  it.each([
    ['a surname after a title, in an analysis', (d: CaseData) => { d.findings![1]!.analysis = 'Later Ms Green said she had not been told.'; }, "IO report, point 2, analysis: 'Ms Green'"],
    ['a Welsh given name without its diacritic, in an evidence title', (d: CaseData) => { d.evidence![0]!.title = 'Letter from Gwenllian'; }, "IO report, document D1, title: 'Gwenllian'"],
    ['a curly apostrophe, in a chronology event', (d: CaseData) => { d.chronology![0]!.event = 'Ms O’Brien telephones the duty team.'; }, "IO report, chronology, 14 March 2023: 'Ms O’Brien'"],
    ['an ordinary-word surname, in the authority name (the document subject)', (d: CaseData) => { d.authority.name = 'London Borough of Exampleton (Mr Mark)'; }, "IO report, document properties, subject: 'Mr Mark'"],
  ])('%s: exit 1, the word and its place on stderr, no file', (_what, change, said) => {
    const path = casefileOf(`leak-${Math.random().toString(36).slice(2)}`, change);
    const before = filesIn(dir);
    const out = join(dir, 'never.pdf');
    const r = impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(said);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(filesIn(dir)).toEqual(before);
  });

  it('refuses an output file named after someone, and writes it with --named', () => {
    const path = casefileOf('clean', () => {});
    const before = filesIn(dir);
    const out = join(dir, 'rose-green-io-report.docx');
    const r = impartial(['render', path, '--doc', 'io-report', '--format', 'docx', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`IO report, file name "rose-green-io-report.docx": 'rose-green'`);
    expect(filesIn(dir)).toEqual(before);
    expect(impartial(['render', path, '--doc', 'io-report', '--format', 'docx', '--named', '--out', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    rmSync(out);
  });
});

describe('ordinary words render, and no name is in what was written', () => {
  const ordinaryCase = (d: CaseData) => {
    d.findings![1]!.analysis = ORDINARY.analysis;
    d.evidence![0]!.title = ORDINARY.evidence;
    d.chronology![0]!.event = ORDINARY.chronology;
  };
  const noNames = (text: string) => expect(matcher.find(text).map((o) => o.found)).toEqual([]);

  it('as PDF: the text, title, author and subject read back', () => {
    if (!hasTool('pdftotext')) return;
    const path = casefileOf('ordinary-pdf', ordinaryCase);
    const out = join(dir, 'ordinary.pdf');
    const r = impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = pdfText(out).replace(/\s+/g, ' ');
    expect(text).toContain('The grass was green when SW1 visited.');
    expect(text).toContain("The bishop's letter about the summer holidays");
    expect(text).toContain('hope of a return home');
    for (const line of pdfText(out).split('\n')) noNames(line);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    const properties = info.split('\n').filter((l) => /^(Title|Author|Subject|Keywords):/.test(l));
    expect(properties.length).toBeGreaterThanOrEqual(3);
    for (const p of properties) noNames(p.replace(/^\w+:\s*/, ''));
  });

  it('as Word: the body and the core properties read back', () => {
    const path = casefileOf('ordinary-docx', ordinaryCase);
    const out = join(dir, 'ordinary.docx');
    expect(impartial(['render', path, '--doc', 'io-report', '--format', 'docx', '--out', out]).code).toBe(0);
    const parts = docxParts(readBytes(out));
    const body = paragraphs(parts['word/document.xml']!).map((p) => p.text);
    expect(body).toContain(ORDINARY.analysis);
    for (const p of body) noNames(p);
    const core = parts['docProps/core.xml']!;
    for (const tag of ['dc:title', 'dc:creator', 'cp:lastModifiedBy', 'dc:subject', 'dc:description', 'cp:keywords']) {
      const value = core.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1] ?? '';
      noNames(value.replace(/&apos;/g, "'"));
    }
  });
});

describe('the app refuses a file name made from a case title that names someone', () => {
  let host: WebHost;
  let cookie = '';
  let webDir: string;

  const call = async <T>(method: string, input: unknown): Promise<Result<T>> => {
    const reply = await sendRequest(host.port, `/api/${method}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: host.origin }, body: JSON.stringify(input) });
    return JSON.parse(reply.body.toString('utf8')) as Result<T>;
  };

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'impartial-names-web-'));
    const rendererDir = join(webDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Impartial</title>');
    host = await startWebHost({ rendererDir, workspaceDir: join(webDir, 'workspace'), store: casefileStore, jobWorker: sourceJobWorker, version: 'test' });
    const first = await sendRequest(host.port, `/?token=${host.token}`);
    cookie = String(first.headers['set-cookie'] ?? '').split(';')[0]!;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('names the file name and the word; renders once the title uses labels', async () => {
    const json = JSON.stringify(caseWith((d) => { d.case.title = 'Stage 2: Hope Price v Exampleton'; }));
    const opened = await call<{ sessionId: string }>('importInterchange', { passphrase: PASSPHRASE, json });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const refused = await call<{ fileName: string }>('renderDocument', { sessionId: opened.value.sessionId, kind: 'io-report', format: 'docx' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toContain(`IO report, file name "Stage 2 Hope Price v Exampleton - IO report (anonymised).docx": 'Hope Price'`);
    const named = await call<{ fileName: string }>('renderDocument', { sessionId: opened.value.sessionId, kind: 'io-report', format: 'docx', named: true });
    expect(named.ok ? named.value.fileName : named.error.message).toBe('Stage 2 Hope Price v Exampleton - IO report (named).docx');
  });
});
