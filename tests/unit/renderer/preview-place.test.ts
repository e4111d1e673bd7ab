// Where the Preview region scrolls for the field being edited (renderer/src/components/preview/place.ts).
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../renderer/src/components/preview/place.ts';

const places = {
  'point 2, summary': { page: 4, y: 300 },
  'point 2, analysis': { page: 4, y: 700 },
  'point 2, finding': { page: 5, y: 200 },
  'point 3, summary': { page: 5, y: 500 },
};

describe('placeOf', () => {
  it('goes to where the field’s text starts when the caret is at its start', () => {
    expect(placeOf(places, ['point 2, analysis'], 0)).toEqual({ page: 4, y: 700 });
  });

  it('uses the first source the document has: an empty analysis is not printed, so its point is shown', () => {
    expect(placeOf(places, ['point 9, analysis', 'point 2, summary'], 0)).toEqual({ page: 4, y: 300 });
    expect(placeOf(places, ['point 9, analysis'], 0)).toBeUndefined();
  });

  it('moves on towards the next place as the caret moves down the text, across a page break', () => {
    // From page 4 y 700 to page 5 y 200 is 342 points; half way is 171 on: page 4 y 871 is past
    // the A4 page's 842, so page 5 y 29.
    expect(placeOf(places, ['point 2, analysis'], 0.5)).toEqual({ page: 5, y: 29 });
    expect(placeOf(places, ['point 2, analysis'], 1)).toEqual({ page: 5, y: 200 });
  });

  it('stays at the start of the last text of the document, which has nothing after it', () => {
    expect(placeOf(places, ['point 3, summary'], 1)).toEqual({ page: 5, y: 500 });
  });
});
