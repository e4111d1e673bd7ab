// Shared by the casefile tests: temporary folders on the real disk, the sample case, and
// helpers to damage a file on purpose.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseData } from '../../../../shared/interchange/schema.ts';

export const root = join(import.meta.dirname, '../../../..');

export function sampleCase(): CaseData {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8')) as CaseData;
}

const made: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impartial-casefile-'));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function flipByte(path: string, offset: number, to?: string): string {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ 0x01;
  const out = to ?? path;
  writeFileSync(out, bytes);
  return out;
}
