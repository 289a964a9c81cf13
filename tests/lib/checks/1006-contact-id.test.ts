import { describe, expect, it } from 'vitest';
import { buildReference } from '../../../lib/highlevel/contacts-export';
import { createPhoneJudge } from '../../../lib/values/phone';
import { check, csv, issuesOf, phoneMetadata } from '../../helpers';

const file = csv(
  'Contact Id,Email',
  ',ann@example.com',
  '12345,bob@example.com',
  'pJGMvnxTXlPVvXWMpp6J,cy@example.com',
  'Zz9aYb8XcW7VdU6TeS5R,di@example.com',
);

describe('1006 invalid contact ID', () => {
  it('says nothing when updating by Contact ID is off', () => {
    expect(issuesOf(check(file), '1006')).toEqual([]);
  });

  it('skips rows with an empty or malformed ID when it is on', () => {
    const result = check(file, { updateByContactId: true });
    expect(issuesOf(result, '1006')).toMatchObject([
      { row: 2, reason: 'empty', class: 'row-skipped' },
      { row: 3, reason: 'malformed', class: 'row-skipped', value: '12345' },
    ]);
  });

  it('skips IDs missing from a loaded contacts export', () => {
    const built = buildReference(
      new TextEncoder().encode('Contact Id,Email\npJGMvnxTXlPVvXWMpp6J,cy@example.com\n'),
      createPhoneJudge('US', phoneMetadata),
    );
    if (!built.ok) throw new Error(built.message);
    const result = check(file, { updateByContactId: true }, { reference: built.reference });
    expect(issuesOf(result, '1006')).toMatchObject([
      { row: 2, reason: 'empty' },
      { row: 3, reason: 'malformed' },
      { row: 5, reason: 'unknown', class: 'row-skipped', value: 'Zz9aYb8XcW7VdU6TeS5R' },
    ]);
  });
});
