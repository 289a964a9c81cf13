import { describe, expect, it } from 'vitest';
import { buildReference } from '../../../lib/highlevel/contacts-export';
import { createPhoneJudge } from '../../../lib/values/phone';
import { check, csv, issuesOf, phoneMetadata } from '../../helpers';

const exported = csv(
  'Contact Id,First Name,Email,Phone',
  'aaaaaaaaaaaaaaaaaaa1,Ann,ann@example.com,+12125550134',
  'aaaaaaaaaaaaaaaaaaa2,Ann,ANN@example.com,',
  'aaaaaaaaaaaaaaaaaaa3,Bob,bob@example.com,(212) 555-0199',
  'aaaaaaaaaaaaaaaaaaa4,Bobby,,212-555-0199',
);

function reference() {
  const built = buildReference(
    new TextEncoder().encode(exported),
    createPhoneJudge('US', phoneMetadata),
  );
  if (!built.ok) throw new Error(built.message);
  return built.reference;
}

describe('1010 duplicate unique property value in HighLevel', () => {
  it('flags a matching value that several existing contacts share, after normalisation', () => {
    const result = check(
      csv('Email,Phone', 'Ann@Example.com,', 'bob@example.com,'),
      {},
      { reference: reference() },
    );
    expect(issuesOf(result, '1010')).toMatchObject([
      {
        row: 2,
        reason: 'reference',
        class: 'duplicate-risk',
        message: expect.stringContaining('2 contacts'),
      },
    ]);
  });

  it('compares phones as E.164', () => {
    const result = check(
      csv('Phone', '2125550199'),
      { primary: 'phone' },
      { reference: reference() },
    );
    expect(issuesOf(result, '1010')).toMatchObject([{ row: 2, reason: 'reference' }]);
  });

  it('says nothing without a reference', () => {
    expect(issuesOf(check(csv('Email', 'ann@example.com')), '1010')).toEqual([]);
  });
});
