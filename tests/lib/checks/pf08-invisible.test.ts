import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF08 invisible characters', () => {
  it('removes edge spaces, non-breaking and zero-width spaces', () => {
    const result = check(
      csv('First Name,Last Name,Email', '\u00a0Henry\u200b,Lee ,henry@example.com'),
    );
    expect(issuesOf(result, 'PF08')).toMatchObject([
      { row: 2, reason: 'invisible', column: 'First Name', fix: 'Henry', class: 'notice' },
      { row: 2, reason: 'invisible', column: 'Last Name', fix: 'Lee', class: 'notice' },
    ]);
    expect(result.cleaned).toContain('Henry,Lee,henry@example.com');
  });

  it('removes line breaks from single-line fields but keeps them in notes', () => {
    const result = check(
      csv('First Name,Email,Notes', '"Ann\nMarie",ann@example.com,"line one\nline two"'),
    );
    expect(issuesOf(result, 'PF08')).toMatchObject([
      { row: 2, reason: 'invisible', column: 'First Name', fix: 'Ann Marie' },
    ]);
  });
});
