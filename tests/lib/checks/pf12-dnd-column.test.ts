import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF12 DND column', () => {
  it('explains once that DND applies to every channel, counting the contacts', () => {
    const result = check(
      csv('Email,DND', 'a@example.com,true', 'b@example.com,', 'c@example.com,Yes'),
    );
    expect(issuesOf(result, 'PF12')).toMatchObject([
      {
        row: null,
        reason: 'dnd',
        column: 'DND',
        class: 'notice',
        message: expect.stringContaining('for 2 contacts'),
      },
    ]);
  });

  it('is quiet without a DND column', () => {
    expect(issuesOf(check(csv('Email', 'a@example.com')), 'PF12')).toEqual([]);
  });
});
