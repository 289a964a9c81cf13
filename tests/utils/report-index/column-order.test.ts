import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../lib/types';
import { problemColumnsFirst } from '../../../utils/report-index/column-order';
import { gridFactsOf } from '../../../utils/report-index/grid-facts';
import { check, csv } from '../../helpers';

const issue = (column: string | null, outcome: Issue['class']): Issue => ({
  code: '1008',
  reason: 'invalid',
  class: outcome,
  row: 2,
  column,
  value: null,
  fix: null,
});

describe('the grid’s column order', () => {
  it('puts the columns with problems first, in the file’s order; notices do not count', () => {
    const columns = ['Id', 'Name', 'Email', 'Phone', 'Notes'];
    const issues = [
      issue('Phone', 'field-dropped'),
      issue('Email', 'row-skipped'),
      issue('Notes', 'notice'),
      issue(null, 'row-skipped'),
    ];
    expect(problemColumnsFirst(columns, issues)).toEqual([2, 3, 0, 1, 4]);
  });

  it('comes with a checked report’s grid facts, as typed arrays that can be transferred', () => {
    const { report } = check(csv('Name,Email,Phone', 'Ann,ann@,212 555 0147'));
    const { columnOrder, befores } = gridFactsOf(report);
    expect([...columnOrder]).toEqual([1, 0, 2]);
    expect(befores.rows).toBeInstanceOf(Int32Array);
  });
});
