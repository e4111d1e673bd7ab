// The period of a point and the reason for no recommendation, end to end: stored in a real
// casefile, read back by `impartial check` and `impartial render` as real processes, and found
// in the DOCX's XML (and the PDF's text, when pdftotext is there).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../../electron/core/casefile/index.ts';
import type { CaseData, PointData } from '../../../shared/interchange/schema.ts';
import { docxParts, hasTool, pdfText, readBytes } from '../render/tools.ts';
import { paragraphs } from '../render/docx-xml.ts';
import { root, sample } from '../../unit/documents/helpers.ts';
import { impartialBin } from '../cli/bin.ts';

const PASSPHRASE = 'a long enough passphrase';
const REASON = 'The assessment was corrected and re-issued during the investigation.';
let dir: string;

function impartial(args: string[]) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The sample with a period on point 1 and point 4's recommendation replaced by `reason`. */
function casefileWith(name: string, reason: string | undefined): string {
  const data: CaseData = sample();
  const { id, number, summary, detail, ...rest } = data.statement.points[0]!;
  data.statement.points[0] = { id, number, summary, detail, period: 'April to May 2024', ...rest } satisfies PointData;
  data.recommendations = data.recommendations!.filter((r) => r.id !== 'r-3');
  data.adjudication!.actions = data.adjudication!.actions.filter((a) => a.id !== 'a-3');
  if (reason !== undefined) data.findings!.find((f) => f.pointId === 'pt-4')!.noRecommendationReason = reason;
  const path = join(dir, `${name}.casefile`);
  createCasefile(path, PASSPHRASE, data).close();
  return path;
}

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'impartial-period-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a casefile with a period and a reason for no recommendation', () => {
  it('is ready: impartial check accepts the reason in place of a recommendation', () => {
    const r = impartial(['check', casefileWith('ready', REASON), '--doc', 'io-report']);
    expect(r.stdout).toBe('No problems: ready to issue (checked: IO report)\n');
    expect(r.code).toBe(0);
  });

  it('is not ready without the reason, and impartial check says what to record', () => {
    const r = impartial(['check', casefileWith('not-ready', undefined), '--doc', 'io-report']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('blocking  point 4: the point is upheld but has no recommendation; add one, or record why none is needed  [IO report; findings[3].noRecommendationReason]');
  });

  it('prints the period and the reason in the IO report DOCX', () => {
    const out = join(dir, 'io.docx');
    const r = impartial(['render', casefileWith('docx', REASON), '--doc', 'io-report', '--format', 'docx', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const texts = paragraphs(docxParts(readBytes(out))['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain('Period: April to May 2024');
    expect(texts).toContain(`No recommendation: ${REASON}`);
    expect(texts).toContain('None (reason given)');
  });

  // Needs poppler's pdftotext: hasTool throws in CI without it, and skips locally with a message.
  it.runIf(hasTool('pdftotext'))('prints the period in the Statement PDF and the reason in the adjudication letter PDF', () => {
    const path = casefileWith('pdf', REASON);
    const statement = join(dir, 'statement.pdf');
    const letter = join(dir, 'letter.pdf');
    expect(impartial(['render', path, '--doc', 'statement', '--format', 'pdf', '--out', statement]).code).toBe(0);
    expect(impartial(['render', path, '--doc', 'adjudication-letter', '--format', 'pdf', '--out', letter]).code).toBe(0);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    expect(squash(pdfText(statement))).toContain('Period: April to May 2024');
    expect(squash(pdfText(letter))).toContain(`Point 4: No recommendation: ${REASON}`);
  });
});
