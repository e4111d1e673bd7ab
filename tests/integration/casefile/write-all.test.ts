// Several writes in one transaction (Casefile.writeAll, the API's saveTogether): references
// trade places with the texts that cite them, all at once; a write the casefile refuses leaves
// every record as it was, and the refusal names the bad field.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, InvalidCaseError } from '../../../electron/core/casefile/index.ts';
import { rewriteEdits, sequentialRenames, textsCiting } from '../../../shared/citations/renumber.ts';
import { citationProblems } from '../../../shared/citations/resolve.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

describe('writeAll', () => {
  it('swaps two references and rewrites the texts citing them, in one transaction', () => {
    const data = sampleCase();
    data.findings![1]!.analysis = 'The emails (D3, p. 2) and the assessment (D4) agree.';
    const casefile = createCasefile(join(tempDir(), 'swap.casefile'), 'pw', data);
    const renames = new Map([['D3', 'D4'], ['D4', 'D3']]);
    const evidence = data.evidence!.filter((e) => renames.has(e.ref)).map((e) => ({ collection: 'evidence' as const, record: { ...e, ref: renames.get(e.ref)! } }));
    casefile.writeAll([...evidence, ...rewriteEdits(data, textsCiting(data, renames))]);
    const after = casefile.readCase();
    expect(after.evidence!.map((e) => e.ref)).toEqual(['D1', 'D2', 'D4', 'D3', 'D5', 'D6']);
    expect(after.findings![1]!.analysis).toBe('The emails (D4, p. 2) and the assessment (D3) agree.');
    expect(citationProblems(after)).toEqual([]);
    casefile.close();
  });

  it('renumbers every document D1 to Dn', () => {
    const data = sampleCase();
    data.evidence = [data.evidence![5]!, ...data.evidence!.slice(0, 5)];
    data.investigation!.methodology = 'I read D6 and D1.';
    const casefile = createCasefile(join(tempDir(), 'renumber.casefile'), 'pw', data);
    const renames = sequentialRenames(data.evidence.map((e) => e.ref), 'D');
    const evidence = data.evidence.filter((e) => renames.has(e.ref)).map((e) => ({ collection: 'evidence' as const, record: { ...e, ref: renames.get(e.ref)! } }));
    casefile.writeAll([...evidence, ...rewriteEdits(data, textsCiting(data, renames))]);
    const after = casefile.readCase();
    expect(after.evidence!.map((e) => `${e.ref} ${e.id}`)).toEqual(['D1 e-6', 'D2 e-1', 'D3 e-2', 'D4 e-3', 'D5 e-4', 'D6 e-5']);
    expect(after.investigation!.methodology).toBe('I read D1 and D2.');
    casefile.close();
  });

  it('writes nothing when one write is refused', () => {
    const data = sampleCase();
    const casefile = createCasefile(join(tempDir(), 'refused.casefile'), 'pw', data);
    const before = casefile.readCase();
    expect(() => casefile.writeAll([
      { collection: 'evidence', record: { ...data.evidence![0]!, ref: 'D10' } },
      { section: 'investigation', value: { ...data.investigation, methodology: 'Changed.' } },
      { collection: 'evidence', record: { ...data.evidence![1]!, ref: 'D10' } },
    ])).toThrow(InvalidCaseError);
    expect(casefile.readCase()).toEqual(before);
    casefile.close();
  });
});
