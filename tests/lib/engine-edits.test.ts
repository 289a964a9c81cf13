import { describe, expect, it } from 'vitest';
import { validEdits } from '../../lib/engine';
import { check, csv, issuesOf } from '../helpers';

const file = csv('First Name,Email', 'Ann,ann@example.com', 'Bob,bob@', 'Cy,cy@example.com');

describe('checkFile with edits typed in the grid', () => {
  it('checks the typed value: a fixed email no longer rejects its row', () => {
    const result = check(file, {}, { edits: [{ row: 3, column: 'Email', value: 'bob@x.org' }] });
    expect(issuesOf(result, '1008')).toEqual([]);
    expect(result.report.summary.rows).toMatchObject({ skipped: 0, cleanedOut: 3 });
    expect(result.cleaned).toContain('Bob,bob@x.org');
    expect(result.rows?.[1]).toEqual(['Bob', 'bob@x.org']);
  });

  it('records each edit as a change, what the file held → what was typed', () => {
    const result = check(file, {}, { edits: [{ row: 3, column: 'Email', value: 'bob@x.org' }] });
    expect(result.report.changes).toEqual([
      { row: 3, column: 'Email', code: 'edit', before: 'bob@', after: 'bob@x.org' },
    ]);
    expect(result.report.summary.changes).toBe(1);
  });

  it('checks the rows across: an edit that repeats another row’s email is a duplicate', () => {
    const edits = [{ row: 4, column: 'Email', value: 'ann@example.com' }];
    expect(issuesOf(check(file, {}, { edits }), '1011').map((i) => i.row)).toEqual([2, 4]);
  });

  it('checks a typed value as any other: a bad one rejects the row', () => {
    const edits = [{ row: 2, column: 'Email', value: 'ann@' }];
    expect(issuesOf(check(file, {}, { edits }), '1008').map((i) => i.row)).toEqual([2, 3]);
  });

  it('lets a later edit of one cell win, and records none for a value left as it was', () => {
    const edits = [
      { row: 3, column: 'Email', value: 'x@' },
      { row: 3, column: 'Email', value: 'bob@' },
    ];
    expect(check(file, {}, { edits }).report.changes).toEqual([]);
  });

  it('ignores edits of rows or columns the file does not have', () => {
    const edits = [
      { row: 99, column: 'Email', value: 'a@b.co' },
      { row: 2, column: 'Phone', value: '+12125550100' },
    ];
    const result = check(file, {}, { edits });
    expect(result.report.changes).toEqual([]);
    expect(result.cleaned).toBe(check(file).cleaned);
  });
});

describe('validEdits', () => {
  it('keeps the well-formed edits of an untrusted list and drops the rest', () => {
    const good = { row: 2, column: 'Email', value: 'a@b.co' };
    expect(validEdits([good, { row: '2', column: 'Email', value: '' }, null, 5])).toEqual([good]);
    expect(validEdits('edits')).toEqual([]);
  });
});
