import { describe, expect, it } from 'vitest';
import { matchOwner, ownerMatcher } from '../../../lib/values/owner';

const USERS = [
  { name: 'Dana Scully', email: 'dana@acme-corp.com' },
  { name: 'Fox Mulder', email: 'fox@acme-corp.com' },
  { name: 'Fox Mulder', email: 'fox.mulder@acme-corp.com' },
];

describe('ownerMatcher', () => {
  it('answers as matchOwner does, asked again or not', () => {
    const match = ownerMatcher(USERS);
    const values = [
      'Dana Scully',
      'scully dana',
      'FOX@acme-corp.com',
      'Fox Mulder',
      'Dana Scuully',
    ];
    for (const value of [...values, ...values]) {
      expect(match(value)).toEqual(matchOwner(value, USERS));
    }
  });

  it('finds, finds ambiguous and does not find', () => {
    const match = ownerMatcher(USERS);
    expect(match('mulder fox').status).toBe('ambiguous');
    expect(match('dana@acme-corp.com').status).toBe('found');
    expect(match('Walter Skinner').status).toBe('unknown');
  });

  it('is one matcher for one list of users, so the checks that read owners share it', () => {
    expect(ownerMatcher(USERS)).toBe(ownerMatcher(USERS));
    expect(ownerMatcher([...USERS])).not.toBe(ownerMatcher(USERS));
  });
});
