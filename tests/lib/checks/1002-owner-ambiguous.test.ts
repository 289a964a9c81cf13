import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

const users = [
  { name: 'John Doe', email: 'john.doe@agency.example' },
  { name: 'John Doe', email: 'jdoe@agency.example' },
  { name: 'Mia Lopez', email: 'mia@agency.example' },
];
const file = csv(
  'First Name,Email,Contact Owner',
  'Ann,ann@example.com,John Doe',
  'Bob,bob@example.com,Mia Lopez',
  'Cy,cy@example.com,jdoe@agency.example',
);

describe('1002 multiple owners found', () => {
  it('flags a name two users share, lists both, and leaves the owner empty in the cleaned file', () => {
    const result = check(file, { users });
    expect(issuesOf(result, '1002')).toMatchObject([
      {
        row: 2,
        reason: 'ambiguous',
        class: 'field-dropped',
        value: 'John Doe',
        fix: '',
        message: expect.stringContaining('john.doe@agency.example'),
      },
    ]);
    expect(result.cleaned).toContain('Ann,ann@example.com,\r\n');
  });

  it('accepts a unique name and an email, even for a shared name', () => {
    const result = check(file, { users });
    expect(issuesOf(result, '1002').map((i) => i.row)).toEqual([2]);
  });

  it('matches "Last First" too', () => {
    const result = check(csv('Email,Owner', 'ann@example.com,Doe John'), { users });
    expect(issuesOf(result, '1002')).toMatchObject([
      { row: 2, reason: 'ambiguous', value: 'Doe John' },
    ]);
  });
});
