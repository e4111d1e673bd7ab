// A standard paragraph inserted into a chapter stands as paragraphs of its own: a blank line
// before and after it wherever the text around it needs one, none at the very start or end.
// asParagraphs gives what goes between the text before the cursor and the text after it.
import { describe, expect, it } from 'vitest';
import { asParagraphs } from '../../../renderer/src/components/insert-text.ts';

describe('asParagraphs', () => {
  const block = 'Standard paragraph.';
  it('adds nothing into an empty field, or at the start or end of one', () => {
    expect(asParagraphs('', block, '')).toBe(block);
    expect(asParagraphs('', block, 'Next.')).toBe(`${block}\n\n`);
    expect(asParagraphs('Before.', block, '')).toBe(`\n\n${block}`);
    expect(asParagraphs('  \n', block, ' ')).toBe(block);
  });
  it('completes a break that is half there, and adds none where a blank line already is', () => {
    expect(asParagraphs('Before.\n', block, '\nAfter.')).toBe(`\n${block}\n`);
    expect(asParagraphs('Before.\n\n', block, '\n\nAfter.')).toBe(block);
    expect(asParagraphs('Middle of a sen', block, 'tence.')).toBe(`\n\n${block}\n\n`);
  });
});
