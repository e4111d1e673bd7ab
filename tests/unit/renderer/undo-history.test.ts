// The undo history's steps (renderer/src/app/undo.ts): typing saved again and again in one
// field is one step; a step typed back to where it started goes away; and a save that changed
// nothing (text typed and taken back before it was written) is no step, so that Ctrl+Z undoes
// the change before it (the undo spec met this on a busy machine: the owner stayed changed).
import { afterEach, describe, expect, it } from 'vitest';
import { clearHistory, pushStep, takeUndo } from '../../../renderer/src/app/undo.ts';
import type { EditOp } from '../../../renderer/src/app/undo-ops.ts';

const save = (owner: string, text: string): EditOp[] =>
  [{ kind: 'save', collection: 'recommendations', record: { id: 'r-1', number: '1', pointIds: ['pt-1'], owner, text } }];

afterEach(() => clearHistory());

describe('the undo history', () => {
  it('merges typing in one field and drops a step typed back to its start', () => {
    pushStep({ label: 'Changed recommendation 1', typing: 'r-1 owner', undo: save('Head of IRS', 'R1'), redo: save('Head of S', 'R1') });
    pushStep({ label: 'Changed recommendation 1', typing: 'r-1 owner', undo: save('Head of IRS', 'R1'), redo: save('Head of Service', 'R1') });
    pushStep({ label: 'Changed recommendation 1', typing: 'r-1 text', undo: save('Head of Service', 'R1'), redo: save('Head of Service', 'R1 Soon.') });
    pushStep({ label: 'Changed recommendation 1', typing: 'r-1 text', undo: save('Head of Service', 'R1 Soon.'), redo: save('Head of Service', 'R1') });
    expect(takeUndo()?.redo).toEqual(save('Head of Service', 'R1'));
    expect(takeUndo()).toBeUndefined();
  });

  it('records no step for a save that changed nothing', () => {
    pushStep({ label: 'Changed recommendation 1', typing: 'r-1 owner', undo: save('Head of IRS', 'R1'), redo: save('Head of Service', 'R1') });
    pushStep({ label: 'Changed recommendation 1', typing: 'r-1 ', undo: save('Head of Service', 'R1'), redo: save('Head of Service', 'R1') });
    expect(takeUndo()?.undo).toEqual(save('Head of IRS', 'R1'));
  });
});
