import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1008 failed validation of email', () => {
  it('skips rows with an invalid address and keeps them out of the cleaned file', () => {
    const result = check(
      csv('First Name,Email', 'Ann,ann@example', 'Bob,bob.example.com', 'Cy,cy@example.com'),
    );
    expect(issuesOf(result, '1008')).toMatchObject([
      { row: 2, reason: 'invalid', class: 'row-skipped', fix: null },
      { row: 3, reason: 'invalid', class: 'row-skipped', fix: null },
    ]);
    expect(result.report.summary.rows.cleanedOut).toBe(1);
  });

  it('repairs what can safely be repaired, and records the fix', () => {
    const result = check(
      csv('Email', 'mailto:ann@example.com', 'Bob Stone <bob@example.com>', '"cy@example.com."'),
    );
    expect(issuesOf(result, '1008').map((i) => [i.reason, i.fix])).toEqual([
      ['repaired', 'ann@example.com'],
      ['repaired', 'bob@example.com'],
      ['repaired', 'cy@example.com'],
    ]);
    expect(issuesOf(result, '1008')[0]).toMatchObject({
      row: 2,
      reason: 'repaired',
      class: 'row-skipped',
    });
    expect(result.rejected).toBeNull();
  });

  it('suggests a likely typo without applying it, unless asked', () => {
    const file = csv('Email', 'kris@gmial.com');
    expect(issuesOf(check(file), '1008')).toMatchObject([
      {
        row: 2,
        reason: 'typo',
        class: 'notice',
        fix: null,
        params: { suggestion: 'kris@gmail.com', hint: 'suggested' },
        message: expect.stringContaining('gmail.com'),
      },
    ]);
    const applied = check(file, { fixes: { applyEmailTypos: true } });
    expect(applied.cleaned).toContain('kris@gmail.com');
    expect(issuesOf(applied, '1008')).toMatchObject([
      { reason: 'typo', fix: 'kris@gmail.com', params: { hint: 'applied' } },
    ]);
  });
});
