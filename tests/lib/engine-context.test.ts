import { describe, expect, it } from 'vitest';
import email from '../../lib/checks/1008-email';
import { fakeRun } from './fake-run';

describe('CheckContext', () => {
  it('runs one check without the engine: 1008 on hand-made columns and rows', () => {
    const { run, addRow } = fakeRun(['First Name', 'Email']);
    const { cell } = email.create(run);
    expect(run.columns.map((column) => cell!.applies(column))).toEqual([false, true]);
    const column = run.columnOf('email')!;
    const wrapped = addRow('Ann', 'mailto:ann@example.com');
    cell!.check(wrapped, column, wrapped.values[1]!);
    const invalid = addRow('Bob', 'bob@');
    cell!.check(invalid, column, invalid.values[1]!);
    expect(run.issues.map((i) => [i.code, i.row, i.class, i.fix])).toEqual([
      ['1008', 2, 'row-skipped', 'ann@example.com'],
      ['1008', 3, 'row-skipped', null],
    ]);
    expect(run.changes).toEqual([
      {
        row: 2,
        column: 'Email',
        code: '1008',
        before: 'mailto:ann@example.com',
        after: 'ann@example.com',
      },
    ]);
    expect(run.row(2).values).toEqual(['Ann', 'ann@example.com']);
  });

  it('shares one params object between issues of a code with equal params', () => {
    const { run } = fakeRun(['Phone']);
    const invalid = (row: number, why: string, extra: Record<string, string> = {}) =>
      run.report('1013', 'invalid', { row, params: { country: 'US', why, ...extra } });
    invalid(2, 'too-short');
    invalid(3, 'too-long');
    invalid(4, 'too-short');
    invalid(5, 'too-short', { more: 'x' });
    run.report('1014', 'invalid', { row: 6, params: { country: 'US', why: 'too-short' } });
    const [a, b, c, d, e] = run.issues.map((issue) => issue.params);
    expect(c).toBe(a);
    expect(b).not.toBe(a);
    expect(d).not.toBe(a);
    expect(d).toEqual({ country: 'US', why: 'too-short', more: 'x' });
    // Another code keeps its own, though equal.
    expect(e).not.toBe(a);
    expect(e).toEqual(a);
  });

  it('finds the matching column, the secondary one when the primary is empty', () => {
    const { run, addRow } = fakeRun(['Email', 'Phone'], { primary: 'email', secondary: 'phone' });
    expect(run.matchingColumn(addRow('ann@example.com', ''))?.header).toBe('Email');
    expect(run.matchingColumn(addRow(' ', '+12125550134'))?.header).toBe('Phone');
    expect(run.matchingColumn(addRow('', ''))).toBeUndefined();
    expect(() => run.row(9)).toThrow('No data row 9');
  });

  it('keeps what the writer needs: omitted rows, dropped columns, added rows', () => {
    const { run, addRow } = fakeRun(['Email', 'Notes']);
    const row = addRow('ann@example.com', 'a');
    run.omit(row);
    run.dropColumn(run.columns[1]!);
    run.addRowAfter(row, ['bob@example.com', '']);
    run.addRowAfter(row, ['cy@example.com', '']);
    expect([...run.omitted]).toEqual([2]);
    expect([...run.droppedColumns]).toEqual([1]);
    expect(run.extraRows.get(2)).toEqual([
      ['bob@example.com', ''],
      ['cy@example.com', ''],
    ]);
  });
});
