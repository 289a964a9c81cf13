import { describe, expect, it } from 'vitest';
import { buildReference } from '../../../lib/highlevel/contacts-export';
import { createPhoneJudge } from '../../../lib/values/phone';
import { check, csv, issuesOf, phoneMetadata } from '../../helpers';

const id = (n: number) => `aaaaaaaaaaaaaaaaaa${String(n).padStart(2, '0')}`;

function reference() {
  const exported = csv('Contact Id,Email', `${id(1)},ann@example.com`, `${id(2)},bob@example.com`);
  const built = buildReference(
    new TextEncoder().encode(exported),
    createPhoneJudge('US', phoneMetadata),
  );
  if (!built.ok) throw new Error(built.message);
  return built.reference;
}

describe('PF18 update empties values', () => {
  it('names each column blank on rows updated by Contact ID, once, with the rows', () => {
    const result = check(
      csv(
        'Contact Id,First Name,Email,Phone',
        `${id(1)},Ann,ann@example.com,`,
        `${id(2)},,bob@example.com,`,
        `${id(3)},Cy,cy@example.com,+12125550134`,
      ),
      { updateByContactId: true },
    );
    expect(issuesOf(result, 'PF18')).toMatchObject([
      {
        row: null,
        column: 'First Name',
        reason: 'blank',
        class: 'notice',
        fix: null,
        params: { count: 1, rows: ['3'], how: 'contact-id' },
      },
      {
        column: 'Phone',
        reason: 'blank',
        params: { count: 2, rows: ['2', '3'] },
        message: expect.stringContaining(
          'Phone is blank on 2 of the rows that update contacts already in HighLevel (by their Contact ID): row 2 and 3. Unless you tick "Don\'t update empty values"',
        ),
      },
    ]);
  });

  it('keeps a few rows to name, and counts the rest, however many rows there are', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${id(i + 1)},Ann,,ann${i}@example.com`);
    const result = check(csv('Contact Id,First Name,Last Name,Email', ...rows), {
      updateByContactId: true,
    });
    expect(issuesOf(result, 'PF18')).toMatchObject([
      {
        column: 'Last Name',
        reason: 'blank-many',
        params: { count: 40, firstRows: ['2', '3', '4', '5', '6'], others: 35 },
        message: expect.stringContaining('row 2, 3, 4, 5, 6 and 35 more'),
      },
    ]);
  });

  it('counts rows whose matching value the contacts export holds, not new contacts', () => {
    const result = check(
      csv('Email,First Name', 'ann@example.com,', 'new@example.com,', 'BOB@example.com,Bob'),
      {},
      { reference: reference() },
    );
    expect(issuesOf(result, 'PF18')).toMatchObject([
      {
        column: 'First Name',
        reason: 'blank',
        params: { count: 1, rows: ['2'], how: 'reference' },
      },
    ]);
  });

  it('says nothing when no row updates a contact, or a row HighLevel skips anyway', () => {
    const file = csv('Contact Id,Email,Phone', `${id(1)},ann@example.com,`, `,bob@example.com,`);
    expect(issuesOf(check(file), 'PF18')).toEqual([]);
    // With update by Contact ID on, the row without an ID is skipped (1006), not updated.
    expect(issuesOf(check(file, { updateByContactId: true }), 'PF18')).toMatchObject([
      { column: 'Phone', params: { count: 1, rows: ['2'] } },
    ]);
  });
});
