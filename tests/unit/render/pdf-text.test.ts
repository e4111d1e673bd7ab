// Line breaking for the PDF: with a fixed-width measure (every character 0.5 pt at 1 pt), so the
// expected lines can be worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapRuns } from '../../../electron/core/render/pdf-text.ts';
import type { Coverage, Line, Measure } from '../../../electron/core/render/pdf-text.ts';

const measure: Measure = (text) => Array.from(text).length * 0.5;
const plain = (lines: Line[]) => lines.map((l) => l.segments.map((s) => s.text).join('').trimEnd());

describe('wrapRuns', () => {
  it('breaks between words so that no line is wider than the measure', () => {
    // size 10: each character 5 pt; 60 pt holds 12 characters.
    const lines = wrapRuns([{ text: 'the council did not call back' }], 10, 60, measure);
    expect(plain(lines)).toEqual(['the council', 'did not call', 'back']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(60);
    expect(lines[0]!.width).toBe(55);
  });

  it('keeps the space a line breaks at, unmeasured, so extracted text does not join the words', () => {
    const lines = wrapRuns([{ text: 'the council did' }], 10, 60, measure);
    expect(lines.map((l) => l.segments.map((s) => s.text).join(''))).toEqual(['the council ', 'did']);
    expect(lines[0]!.width).toBe(55);
  });

  it('keeps styled runs as segments of one line and merges neighbours of the same face', () => {
    const [line, ...rest] = wrapRuns([{ text: 'a ' }, { text: 'bold', bold: true }, { text: ' and ' }, { text: 'plain' }], 10, 1000, measure);
    expect(rest).toEqual([]);
    expect(line!.segments.map((s) => [s.text, s.font])).toEqual([
      ['a ', 'regular'],
      ['bold', 'bold'],
      [' and plain', 'regular'],
    ]);
  });

  it('never breaks inside a word that changes style mid-way', () => {
    const lines = wrapRuns([{ text: 'xxxxxxxx ' }, { text: 'un', italic: true }, { text: 'usual' }], 10, 70, measure);
    expect(plain(lines)).toEqual(['xxxxxxxx', 'unusual']);
  });

  it('breaks a word longer than the line character by character', () => {
    const lines = wrapRuns([{ text: 'https://example.org/a/very/long/path' }], 10, 50, measure);
    expect(lines.every((l) => l.width <= 50)).toBe(true);
    expect(plain(lines).join('')).toBe('https://example.org/a/very/long/path');
  });

  it('treats newlines and runs of spaces as one space, and returns one empty line for no text', () => {
    expect(plain(wrapRuns([{ text: 'one\n\ntwo   three' }], 10, 1000, measure))).toEqual(['one two three']);
    expect(wrapRuns([], 10, 100, measure)).toEqual([{ segments: [], width: 0 }]);
  });

  it('never breaks a line at a no-break space (a postcode stays whole), and keeps it in the text', () => {
    // 'Coventry CV4' fits in 60 pt (12 characters) but 'CV4\u00A00EH' is one word: it moves whole.
    const lines = wrapRuns([{ text: 'Coventry CV4\u00A00EH' }], 10, 60, measure);
    expect(plain(lines)).toEqual(['Coventry', 'CV4\u00A00EH']);
    expect(plain(wrapRuns([{ text: 'Coventry CV4 0EH' }], 10, 60, measure))).toEqual(['Coventry CV4', '0EH']);
    // U+202F (narrow no-break space, as in '10\u202F000') holds its neighbours together too.
    expect(plain(wrapRuns([{ text: 'xxxxxxxxx 10\u202F000' }], 10, 60, measure))).toEqual(['xxxxxxxxx', '10\u202F000']);
  });

  it('sends characters the main face lacks to the fallback face, and unknown ones as U+FFFD with the real text', () => {
    const coverage: Coverage = (cp) => (cp === 0x2713 ? 'symbols' : cp === 0x1f642 ? 'none' : 'main');
    const [line] = wrapRuns([{ text: 'ok ✓ 🙂!' }], 10, 1000, measure, coverage);
    expect(line!.segments).toEqual([
      { text: 'ok ', font: 'regular', width: 15 },
      { text: '✓', font: 'symbols', width: 5 },
      { text: ' ', font: 'regular', width: 5 },
      { text: '\uFFFD', font: 'symbols', width: 5, actual: '🙂' },
      { text: '!', font: 'regular', width: 5 },
    ]);
  });

  it('keeps every word, in order, within the width (property)', () => {
    const word = fc.stringMatching(/^[a-zŵŷ]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 70, max: 400 }), (words, width) => {
        const lines = wrapRuns([{ text: words.join(' ') }], 10, width, measure);
        expect(lines.every((l) => l.width <= width + 1e-9)).toBe(true);
        expect(plain(lines).join(' ').split(' ')).toEqual(words);
      }),
    );
  });
});

describe('wrapRuns with a no-wrap run', () => {
  it('never breaks inside it, and breaks around it as usual', () => {
    // 60 pt holds 12 characters: "due 1 May" would fit on the first line, but the date is not broken, so it goes whole to the next.
    const lines = wrapRuns([{ text: 'due ' }, { text: '1 May 2025', noWrap: true }, { text: ' or later' }], 10, 60, measure);
    expect(plain(lines)).toEqual(['due', '1 May 2025', 'or later']);
  });
});
