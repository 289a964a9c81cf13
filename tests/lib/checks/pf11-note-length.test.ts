import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF11 note too long', () => {
  it('flags a note over 5,000 characters and keeps it', () => {
    const long = 'a'.repeat(5001);
    const result = check(
      csv('Email,Notes', `a@example.com,${long}`, `b@example.com,${'b'.repeat(5000)}`),
    );
    expect(issuesOf(result, 'PF11')).toMatchObject([
      { row: 2, reason: 'long', class: 'field-dropped', message: expect.stringContaining('5,001') },
    ]);
    expect(result.cleaned).toContain(long);
  });
});
