import { describe, expect, it } from 'vitest';
import { emptyingEdits, suggestionEdits } from '../../../components/report/column-actions';
import { issueIndexOf } from '../../../utils/report-index/issue-index';
import { check } from '../../helpers';

const SETTINGS = {
  users: [{ name: 'Mia Lopez', email: 'mia@example.com' }],
  customFields: [
    { name: 'Interests', type: 'multiselect' as const, options: ['Golf', 'Tennis', 'Chess'] },
  ],
};

describe('column actions', () => {
  const result = check(
    'Email,Owner,Interests\na@example.com,Mia Lopes,"Golf, Tenis"\nb@example.com,Mia Lopez,Chess\nc@example.com,,Tenis\n',
    SETTINGS,
  );
  const { suggestions } = issueIndexOf(result.report.issues);
  const cleaned = (column: number) => (row: number) => result.rows?.[row - 2]?.[column] ?? '';

  it('takes the closest user for an owner no user matches', () => {
    expect(suggestionEdits('Owner', suggestions, cleaned(1))).toEqual([
      { row: 2, column: 'Owner', value: 'mia@example.com' },
    ]);
  });

  it('adds the closest option to what the cleaned cell kept of a list', () => {
    expect(suggestionEdits('Interests', suggestions, cleaned(2))).toEqual([
      { row: 2, column: 'Interests', value: 'Golf, Tennis' },
      { row: 4, column: 'Interests', value: 'Tennis' },
    ]);
  });

  it('makes edits that the check then finds nothing wrong with', () => {
    const edits = [
      ...suggestionEdits('Owner', suggestions, cleaned(1)),
      ...suggestionEdits('Interests', suggestions, cleaned(2)),
    ];
    const again = check(
      'Email,Owner,Interests\na@example.com,Mia Lopes,"Golf, Tenis"\nb@example.com,Mia Lopez,Chess\nc@example.com,,Tenis\n',
      SETTINGS,
      { edits },
    );
    expect(
      again.report.issues.filter((issue) => issue.code === '1005' || issue.code === '1015'),
    ).toEqual([]);
  });

  it('empties a column: one edit for each cell that holds something', () => {
    const flagged = (row: number) =>
      result.report.issues.some((issue) => issue.row === row && issue.column === 'Owner');
    expect(emptyingEdits('Owner', 1, result.rows ?? [], 2, flagged)).toEqual([
      { row: 2, column: 'Owner', value: '' },
      { row: 3, column: 'Owner', value: '' },
    ]);
  });
});
