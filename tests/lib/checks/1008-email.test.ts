import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1008 failed validation of email', () => {
  it('skips rows with an invalid address and keeps them out of the cleaned file', () => {
    const result = check(
      csv('First Name,Email', 'Ann,ann@example', 'Bob,bob.example.com', 'Cy,cy@example.com'),
    );
    expect(issuesOf(result, '1008').map((i) => [i.row, i.class, i.fix])).toEqual([
      [2, 'row-skipped', null],
      [3, 'row-skipped', null],
    ]);
    expect(result.report.summary.rows.cleanedOut).toBe(1);
  });

  it('repairs what can safely be repaired, and records the fix', () => {
    const result = check(
      csv('Email', 'mailto:ann@example.com', 'Bob Stone <bob@example.com>', '"cy@example.com."'),
    );
    expect(issuesOf(result, '1008').map((i) => i.fix)).toEqual([
      'ann@example.com',
      'bob@example.com',
      'cy@example.com',
    ]);
    expect(result.rejected).toBeNull();
  });

  it('suggests a likely typo without applying it, unless asked', () => {
    const file = csv('Email', 'kris@gmial.com');
    expect(issuesOf(check(file), '1008')).toMatchObject([
      { class: 'notice', fix: null, message: expect.stringContaining('gmail.com') },
    ]);
    const applied = check(file, { fixes: { applyEmailTypos: true } });
    expect(applied.cleaned).toContain('kris@gmail.com');
  });
});
