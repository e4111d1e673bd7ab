// The standard paragraphs the IO report screen inserts into a chapter, through the API as the
// renderer calls it, over a real casefile: the project's text with the case's values filled
// in (people by label, never template markup), a value not yet recorded as a bracketed note,
// the case's authority pack winning where it has its own version, and bad names refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../../electron/core/service/service.ts';
import type { HostSide, Service } from '../../../electron/core/service/service.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { TEMPLATES_DIR } from '../../../electron/core/documents/templates.ts';
import type { OpenedCasefile, Result, StandardParagraph } from '../../../shared/api.ts';
import { ioReportChapters } from '../../../shared/documents/io-report-chapters.ts';
import { plainTextBlocks } from '../../../shared/templates/plain-text.ts';

const root = join(import.meta.dirname, '../../..');
let dir: string;
let templatesDir: string;
let service: Service;
let sessionId: string;

const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<Result<T>>;
const paragraph = async (name: string) => {
  const r = await call<StandardParagraph>('standardParagraph', { sessionId, name });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.text;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-paragraphs-'));
  // A copy of the project's templates with one council's own legal framework paragraph.
  templatesDir = join(dir, 'templates');
  cpSync(TEMPLATES_DIR, templatesDir, { recursive: true });
  const pack = join(templatesDir, 'authorities', 'london-borough-of-exampleton', 'paragraphs');
  mkdirSync(pack, { recursive: true });
  writeFileSync(join(pack, 'io-legal-framework.txt'), '; Exampleton\'s own wording.\n{{authority.name}} follows its Children\'s Complaints Procedure (2024), which {{complainant}} was given.\n');
  const host: HostSide = {
    kind: 'web', version: 'test', nativeDialogs: false, defaultBackupFolder: join(dir, 'backups'),
    knownCasefiles: async () => [],
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async (title) => join(dir, `${title}.casefile`),
    chooseInterchangeFile: async () => undefined,
    deliverDocument: async () => ({ downloadUrl: '/x' }),
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ downloadUrl: '/x' }),
    opened: () => {},
    emit: () => {},
  };
  service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker, resources: { templatesDir } });
  const json = readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8');
  const imported = await call<OpenedCasefile>('importInterchange', { passphrase: 'correct horse battery', json });
  if (!imported.ok) throw new Error(imported.error.message);
  sessionId = imported.value.sessionId;
}, 60_000);

afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('standard paragraphs for the IO report chapters', () => {
  it('every paragraph a chapter offers exists and comes back as plain text with the case filled in, people by label', async () => {
    for (const chapter of ioReportChapters) {
      for (const offer of chapter.paragraphs) {
        const text = await paragraph(offer.name);
        expect(text.length, offer.name).toBeGreaterThan(80);
        expect(text, offer.name).not.toMatch(/\{\{|\}\}|^@|^;|\*\*|\[not recorded\]/m);
        expect(text, `${offer.name} names nobody`).not.toMatch(/Sarah|Jones|Liam|Helen Price|David Marsh/);
        // It reads back as the long text it becomes: paragraphs and lists, nothing else.
        expect(plainTextBlocks(text, 'x').length, offer.name).toBeGreaterThan(0);
      }
    }
    expect(await paragraph('io-introduction')).toContain('I was commissioned by the London Borough of Exampleton to investigate the complaint made by Ms A about the services provided to Child B.');
    expect(await paragraph('io-methodology')).toContain('The Statement of Complaint was agreed on 4 November 2024;');
  });

  it("the authority pack's own version wins; the project's is used for every other council", async () => {
    expect(await paragraph('io-legal-framework')).toBe("the London Borough of Exampleton follows its Children's Complaints Procedure (2024), which Ms A was given.");
    // Another council: the project's paragraph, with the Children Act 1989 framework.
    const c = await call<{ authority: { name: string } }>('getCase', { sessionId });
    if (!c.ok) throw new Error(c.error.message);
    await call('saveSection', { sessionId, section: 'authority', value: { ...c.value.authority, name: 'Kent County Council' } });
    const text = await paragraph('io-legal-framework');
    expect(text).toContain('- the Children Act 1989, section 26(3)');
    expect(text).toContain('(SI 2006/1738)');
    expect(text).toContain('Getting the Best from Complaints');
    await call('saveSection', { sessionId, section: 'authority', value: c.value.authority });
  });

  it('a value the case does not hold yet is a note in square brackets of what belongs there', async () => {
    const c = await call<{ complaint: { complainantIds: string[] } }>('getCase', { sessionId });
    if (!c.ok) throw new Error(c.error.message);
    await call('saveSection', { sessionId, section: 'complaint', value: { ...c.value.complaint, complainantIds: [] } });
    expect(await paragraph('io-background')).toContain('from what [the complainant] and the people interviewed told me');
    await call('saveSection', { sessionId, section: 'complaint', value: c.value.complaint });
  });

  it('refuses a name that is no paragraph, or no paragraph name at all, in one line', async () => {
    const missing = await call('standardParagraph', { sessionId, name: 'no-such-paragraph' });
    expect(missing.ok ? 'ok' : `${missing.error.code}: ${missing.error.message}`).toBe('not-found: there is no standard paragraph "no-such-paragraph". Its file may have been removed from the templates');
    const bad = await call('standardParagraph', { sessionId, name: '../io-report' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-input');
  });
});
