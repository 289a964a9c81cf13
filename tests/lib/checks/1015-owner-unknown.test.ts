import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

const users = [
  { name: 'Mia Lopez', email: 'mia@agency.example' },
  { name: 'Noah Kim', email: 'noah@agency.example' },
];

describe('1015 could not find the owner', () => {
  it('flags an owner no user matches, suggesting the closest', () => {
    const result = check(
      csv(
        'Email,Contact Owner',
        'a@example.com,Mia Lopes',
        'b@example.com,Sam Wu',
        'c@example.com,Kim Noah',
        'd@example.com,MIA@agency.example',
      ),
      { users },
    );
    expect(issuesOf(result, '1015')).toMatchObject([
      {
        row: 2,
        reason: 'unknown',
        class: 'field-dropped',
        fix: '',
        params: { hint: 'closest', closest: 'Mia Lopez <mia@agency.example>' },
        message: expect.stringContaining('Did you mean Mia Lopez'),
      },
      { row: 3, reason: 'unknown', params: { hint: 'none' } },
    ]);
  });

  it('with no users configured, says once that owners cannot be verified', () => {
    const result = check(
      csv('Email,Contact Owner', 'a@example.com,Mia Lopez', 'b@example.com,Sam Wu'),
    );
    expect(issuesOf(result, '1015')).toMatchObject([
      { row: null, reason: 'unverified', class: 'notice', column: 'Contact Owner' },
    ]);
  });
});
