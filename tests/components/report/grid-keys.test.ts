import { describe, expect, it } from 'vitest';
import { moveFor, nextProblem } from '../../../components/report/grid-keys';

const size = { rows: 100, columns: 5, page: 10 };

describe('moveFor', () => {
  it('moves by a cell with the arrows and stops at the edges', () => {
    expect(moveFor('ArrowDown', false, { row: 0, column: 0 }, size)).toEqual({ row: 1, column: 0 });
    expect(moveFor('ArrowUp', false, { row: 0, column: 0 }, size)).toEqual({ row: 0, column: 0 });
    expect(moveFor('ArrowRight', false, { row: 3, column: 4 }, size)).toEqual({
      row: 3,
      column: 4,
    });
  });

  it('goes to the row’s ends with Home and End, the grid’s with Ctrl', () => {
    expect(moveFor('End', false, { row: 3, column: 1 }, size)).toEqual({ row: 3, column: 4 });
    expect(moveFor('Home', true, { row: 3, column: 1 }, size)).toEqual({ row: 0, column: 0 });
    expect(moveFor('End', true, { row: 3, column: 1 }, size)).toEqual({ row: 99, column: 4 });
  });

  it('moves a screenful with PageUp and PageDown', () => {
    expect(moveFor('PageDown', false, { row: 95, column: 2 }, size)).toEqual({
      row: 99,
      column: 2,
    });
    expect(moveFor('PageUp', false, { row: 15, column: 2 }, size)).toEqual({ row: 5, column: 2 });
  });

  it('ignores other keys', () => {
    expect(moveFor('a', false, { row: 0, column: 0 }, size)).toBeNull();
  });
});

describe('nextProblem', () => {
  const problems = (row: number) => ({ 1: [0, 3], 4: [2] })[row] ?? [];

  it('finds the next problem cell in reading order, wrapping around', () => {
    expect(nextProblem({ row: 1, column: 0 }, 6, problems)).toEqual({ row: 1, column: 3 });
    expect(nextProblem({ row: 1, column: 3 }, 6, problems)).toEqual({ row: 4, column: 2 });
    expect(nextProblem({ row: 4, column: 2 }, 6, problems)).toEqual({ row: 1, column: 0 });
  });

  it('goes backwards', () => {
    expect(nextProblem({ row: 4, column: 2 }, 6, problems, true)).toEqual({ row: 1, column: 3 });
    expect(nextProblem({ row: 1, column: 0 }, 6, problems, true)).toEqual({ row: 4, column: 2 });
  });

  it('finds nothing in a grid without problems', () => {
    expect(nextProblem({ row: 0, column: 0 }, 6, () => [])).toBeNull();
  });
});
