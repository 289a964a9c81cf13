import { describe, expect, it } from 'vitest';
import { editsOf, NO_EDITS, redoEdit, undoEdit, withEdits } from '../../hooks/edit-history';

const first = { row: 2, column: 'Email', value: 'a@b.co' };
const second = { row: 3, column: 'Email', value: 'c@d.co' };

describe('the edit history', () => {
  it('undoes the latest edit and redoes it', () => {
    const both = withEdits(withEdits(NO_EDITS, [first]), [second]);
    const undone = undoEdit(both);
    expect(undone).toEqual({ done: [[first]], undone: [[second]] });
    expect(undone && redoEdit(undone)).toEqual({ done: [[first], [second]], undone: [] });
  });

  it('has nothing to undo or redo at first', () => {
    expect(undoEdit(NO_EDITS)).toBeNull();
    expect(redoEdit(NO_EDITS)).toBeNull();
  });

  it('forgets what was undone once a new edit is typed', () => {
    const undone = undoEdit(withEdits(NO_EDITS, [first]));
    expect(undone && withEdits(undone, [second])).toEqual({ done: [[second]], undone: [] });
  });

  it('undoes and redoes a step of several edits at once, and ignores an empty one', () => {
    const column = withEdits(withEdits(NO_EDITS, [first]), [first, second]);
    expect(editsOf(column)).toEqual([first, first, second]);
    const undone = undoEdit(column);
    expect(undone && editsOf(undone)).toEqual([first]);
    expect(undone && redoEdit(undone)).toEqual(column);
    expect(withEdits(column, [])).toBe(column);
  });
});
