// What stays together on a page (shared/document/keep.ts), and sections with nothing in them
// left out, heading and all (withoutEmptySections), as the builders and both renderers use them.
import { describe, expect, it } from 'vitest';
import { keepsWhole, keepsWithNext, WHOLE_LIST } from '../../../shared/document/keep.ts';
import type { Block } from '../../../shared/document/model.ts';
import { withoutEmptySections } from '../../../shared/documents/blocks.ts';
import { build, sample } from './helpers.ts';

const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
const p = (text: string, more: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', runs: [{ text }], ...more });
const list = (n: number): Block => ({ kind: 'list', ordered: false, items: Array.from({ length: n }, (_, i) => [{ text: `item ${i + 1}` }]) });
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));

describe('keepsWithNext', () => {
  it('keeps a heading, a label ending in a colon, a paragraph before a list and a marked block with the next', () => {
    const blocks = [h(1, 'A'), p('Sources:'), list(3), p('Plain.'), p('Also plain.'), p('Lead-in'), list(5), p('Marked', { keepWithNext: true }), p('Next')];
    expect(blocks.map((_, i) => keepsWithNext(blocks, i))).toEqual([true, true, false, false, false, true, false, true, false]);
  });

  it('keeps the block before a signature with it, and nothing across a page break', () => {
    const blocks = [p('The end of the letter.'), p('Yours sincerely,', { keepWithPrevious: true, keepWithNext: true }), p('Name'), h(1, 'Appendix'), { kind: 'pageBreak' } as Block, p('After')];
    expect(blocks.map((_, i) => keepsWithNext(blocks, i))).toEqual([true, true, false, false, false, false]);
  });

  it('keeps a list of up to four items whole', () => {
    expect(WHOLE_LIST).toBe(4);
    expect([1, 4, 5].map((n) => keepsWhole(list(n) as Extract<Block, { kind: 'list' }>))).toEqual([true, true, false]);
  });
});

describe('withoutEmptySections', () => {
  it('leaves out a heading with nothing under it, and a section whose only sub-sections are empty', () => {
    const blocks = [h(1, 'Full'), p('Text.'), h(1, 'Empty'), h(1, 'Parent'), h(2, 'Empty child'), h(1, 'Parent with content'), h(2, 'Child'), list(2), h(2, 'Last, empty')];
    expect(texts(withoutEmptySections(blocks))).toEqual(['# Full', 'Text.', '# Parent with content', '## Child', 'list']);
  });

  it('counts a blank spacing paragraph as nothing, and drops a page break with nothing after it', () => {
    const blocks = [p('Signed'), { kind: 'pageBreak' } as Block, h(1, 'Appendix'), p('  ')];
    // The blank paragraph stays (it is spacing), but it does not keep the heading over it.
    expect(texts(withoutEmptySections(blocks))).toEqual(['Signed', '  ']);
  });

  it('is what the builders print: an empty Background chapter and its empty Chronology are left out of the IO report', () => {
    const data = sample();
    delete data.complaint.background;
    delete data.investigation!.background;
    data.chronology = [];
    const headings = build('io-report', data).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).not.toContain('Background');
    expect(headings).not.toContain('Chronology');
    expect(headings).toContain('Law, guidance and policy');
  });
});
