import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF13 blank rows', () => {
  it('removes rows with no values, without judging them', () => {
    const result = check(
      csv('First Name,Email', 'Ann,a@example.com', ',', '', '  ,  ', 'Bob,b@example.com'),
    );
    expect(issuesOf(result, 'PF13').map((i) => [i.row, i.class])).toEqual([
      [3, 'notice'],
      [4, 'notice'],
      [5, 'notice'],
    ]);
    expect(issuesOf(result, '1009')).toEqual([]);
    expect(result.cleaned).toBe('First Name,Email\r\nAnn,a@example.com\r\nBob,b@example.com');
  });
});
