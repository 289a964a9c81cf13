import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueIndex, isProblem, type RowMarks } from '../../../utils/report-index/issue-index';
import { positionsOf, shownRows, type RowFilter } from '../../../components/report/shown-rows';
import type { OutcomeClass } from '../../../lib/highlevel/outcomes';

const OUTCOMES: OutcomeClass[] = ['row-skipped', 'field-dropped', 'duplicate-risk', 'notice'];

/** The rows a filter shows, the plain way: every row number tested in file order. */
function naive(
  filter: RowFilter,
  first: number,
  count: number,
  marks: Map<number, RowMarks>,
  edited: Set<number>,
): number[] {
  const numbers = Array.from({ length: count }, (_, i) => first + i);
  if (filter === 'all') return numbers;
  if (filter === 'problems') return numbers.filter((n) => isProblem(marks.get(n)) || edited.has(n));
  return numbers.filter((n) => marks.get(n)?.hasCode(filter.code));
}

/** The index of one issue a (row, outcome, code). */
const indexOf = (entries: [number, OutcomeClass, string][]) => {
  const index = new IssueIndex();
  index.add(
    entries.map(([row, outcome, code]) => ({
      code,
      reason: 'unknown',
      class: outcome,
      row,
      column: null,
      value: null,
      fix: null,
    })),
  );
  return index;
};

describe('the rows a filter shows', () => {
  it('are the rows the plain way shows, in file order, for any marks and edits', () => {
    const row = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.tuple(row, fc.constantFrom(...OUTCOMES), fc.constantFrom('1008', '1013'))),
        fc.array(row),
        fc.constantFrom<RowFilter>('all', 'problems', { code: '1008' }, { code: '1013' }),
        (first, count, entries, edits, filter) => {
          const index = indexOf(entries);
          const edited = new Set(edits);
          const rows = { first, count };
          expect(shownRows(filter, rows, index, edited)).toEqual(
            naive(filter, first, count, index.marks, edited),
          );
        },
      ),
    );
  });

  it('finds a row number among the rows shown, with or without gaps', () => {
    for (const shown of [[], [5, 6, 7, 8], [2, 3, 9, 40]]) {
      const positionOf = positionsOf(shown);
      shown.forEach((number, index) => expect(positionOf(number)).toBe(index));
      for (const absent of [0, 4, 10, 41]) expect(positionOf(absent)).toBeUndefined();
    }
  });
});
