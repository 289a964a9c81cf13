import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF13 blank rows', () => {
  it('removes rows with no values, without judging them', () => {
    const result = check(
      csv('First Name,Email', 'Ann,a@example.com', ',', '', '  ,  ', 'Bob,b@example.com'),
    );
    expect(issuesOf(result, 'PF13')).toMatchObject([
      { row: 3, reason: 'blank', class: 'notice' },
      { row: 4, reason: 'blank', class: 'notice' },
      { row: 5, reason: 'blank', class: 'notice' },
    ]);
    expect(issuesOf(result, '1009')).toEqual([]);
    expect(result.cleaned).toBe('First Name,Email\r\nAnn,a@example.com\r\nBob,b@example.com');
  });
});
