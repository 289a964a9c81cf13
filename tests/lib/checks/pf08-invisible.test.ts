import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF08 invisible characters', () => {
  it('removes edge spaces, non-breaking and zero-width spaces', () => {
    const result = check(
      csv('First Name,Last Name,Email', '\u00a0Henry\u200b,Lee ,henry@example.com'),
    );
    expect(issuesOf(result, 'PF08').map((i) => [i.column, i.fix, i.class])).toEqual([
      ['First Name', 'Henry', 'notice'],
      ['Last Name', 'Lee', 'notice'],
    ]);
    expect(result.cleaned).toContain('Henry,Lee,henry@example.com');
  });

  it('removes line breaks from single-line fields but keeps them in notes', () => {
    const result = check(
      csv('First Name,Email,Notes', '"Ann\nMarie",ann@example.com,"line one\nline two"'),
    );
    expect(issuesOf(result, 'PF08').map((i) => [i.column, i.fix])).toEqual([
      ['First Name', 'Ann Marie'],
    ]);
  });
});
