import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1009 empty unique property value', () => {
  it('skips rows where the primary matching column is empty', () => {
    const result = check(
      csv('First Name,Email,Phone', 'Ann,,(212) 555-0134', 'Bob,bob@example.com,'),
    );
    expect(issuesOf(result, '1009')).toMatchObject([
      { row: 2, reason: 'empty', class: 'row-skipped', message: expect.stringContaining('Email') },
    ]);
  });

  it('accepts the secondary column where the primary is empty', () => {
    const result = check(csv('First Name,Email,Phone', 'Ann,,(212) 555-0134', 'Bob,,'), {
      secondary: 'phone',
    });
    expect(issuesOf(result, '1009')).toMatchObject([{ row: 3, reason: 'empty' }]);
  });

  it('reports once, for the file, when there is no matching column at all', () => {
    const result = check(csv('First Name,Phone', 'Ann,(212) 555-0134', 'Bob,(212) 555-0135'));
    expect(issuesOf(result, '1009')).toMatchObject([
      { row: null, reason: 'no-column', class: 'file-blocked' },
    ]);
  });

  it('needs no email on a row HighLevel matches by its Contact ID (Contact ID, then Email, then Phone)', () => {
    const file = csv('Contact Id,First Name,Email', 'pJGMvnxTXlPVvXWMpp6J,Ann,', ',Bob,');
    expect(issuesOf(check(file), '1009').map((i) => i.row)).toEqual([2, 3]);
    const byId = check(file, { updateByContactId: true });
    expect(issuesOf(byId, '1009')).toMatchObject([{ row: 3, reason: 'empty' }]);
  });

  it('has a matching column in a file of Contact IDs only, when updating by Contact ID', () => {
    const result = check(csv('Contact Id,First Name', 'pJGMvnxTXlPVvXWMpp6J,Ann'), {
      updateByContactId: true,
    });
    expect(issuesOf(result, '1009')).toEqual([]);
  });
});
