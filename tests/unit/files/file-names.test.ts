// Names Impartial writes under must work on Windows too: the device names it reserves (CON, PRN,
// AUX, NUL, COM1-9, LPT1-9, with any extension, and trailing dots or spaces) are never made from
// a title, and are refused when given.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedOnWindows, titleForFileName, windowsSafe } from '../../../electron/core/files/file-names.ts';
import { writeFileAtomically } from '../../../electron/core/files/write-atomically.ts';
import { documentFileName } from '../../../electron/core/service/service.ts';

describe('names Windows reserves', () => {
  it.each(['CON', 'con', 'PRN.txt', 'aux.tar.gz', 'NUL', 'Nul.json', 'COM1', 'com9.casefile', 'LPT1', 'lpt9.pdf', 'CON .docx', 'NUL.', 'CON ', 'COM¹', 'report.', 'report '])('refuses %j', (name) => {
    expect(isReservedOnWindows(name)).toBe(true);
  });
  it.each(['CONSOLE', 'con-notes.txt', 'COM10', 'LPT0x', 'NULL.json', 'Aux report.pdf', 'jones.casefile', 'COM', '.nul'])('accepts %j', (name) => {
    expect(isReservedOnWindows(name)).toBe(false);
  });

  it('changes a reserved name as little as possible', () => {
    expect(windowsSafe('CON')).toBe('CON_');
    expect(windowsSafe('con.x - IO report (anonymised).pdf')).toBe('con_.x - IO report (anonymised).pdf');
    expect(windowsSafe('Aux report.pdf')).toBe('Aux report.pdf');
    expect(windowsSafe('lpt1. ')).toBe('lpt1_');
  });

  it('never makes one from a title: casefiles, documents', () => {
    expect(titleForFileName('CON', { dots: false })).toBe('CON_');
    expect(titleForFileName('nul.', { dots: false })).toBe('nul_');
    expect(titleForFileName('Ms A: stage 2 / review?', { dots: false })).toBe('Ms A stage 2 review');
    expect(titleForFileName('v2.1 ...')).toBe('v2.1');
    for (const title of ['CON', 'prn.', 'AUX.draft', 'NUL ', 'COM3', 'lpt2.x']) {
      for (const kind of ['statement', 'io-report'] as const) {
        const name = documentFileName(title, kind, 'pdf', false, false);
        expect(isReservedOnWindows(name), name).toBe(false);
      }
      expect(isReservedOnWindows(`${titleForFileName(title, { dots: false })}.casefile`)).toBe(false);
    }
    expect(documentFileName('AUX.draft', 'io-report', 'docx', true, true)).toBe('AUX_.draft - IO report (named, DRAFT).docx');
  });

  it('is refused when given for a file Impartial writes, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'impartial-names-'));
    try {
      expect(() => writeFileAtomically(join(dir, 'CON.json'), '{}')).toThrow('CON.json cannot be used as a file name: Windows reserves it for a device; choose another name');
      expect(() => writeFileAtomically(join(dir, 'notes.'), '{}')).toThrow('it ends in a dot or a space');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
