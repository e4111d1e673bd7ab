// The number a new point, recommendation, document (D…) or interview (I…) gets: one more than
// the highest in use, whatever the gaps, the case, or a letter after the number.
import { describe, expect, it } from 'vitest';
import { nextNumber } from '../../../renderer/src/app/numbering.ts';

describe('nextNumber', () => {
  it('starts at 1', () => {
    expect(nextNumber([])).toBe('1');
    expect(nextNumber([], 'D')).toBe('D1');
  });

  it('follows the highest number, leaving gaps as they are', () => {
    expect(nextNumber(['1', '2', '5'])).toBe('6');
    expect(nextNumber(['D1', 'D3'], 'D')).toBe('D4');
    expect(nextNumber(['I2', 'I10', 'I9'], 'I')).toBe('I11');
  });

  it('counts a sub-point or a lower-case reference by its number', () => {
    expect(nextNumber(['1', '2a', ' 3 '])).toBe('4');
    expect(nextNumber(['d7', 'D2'], 'D')).toBe('D8');
  });

  it('ignores labels without a number, or with another prefix', () => {
    expect(nextNumber(['one', 'A1', ''])).toBe('1');
    expect(nextNumber(['I4', 'Letter 9', 'D2'], 'D')).toBe('D3');
  });
});
