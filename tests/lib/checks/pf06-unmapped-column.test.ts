import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF06 unmapped column', () => {
  it('names each column import would ignore', () => {
    const result = check(csv('Email,Lifecycle Stage,Record ID', 'a@example.com,lead,5101'));
    expect(issuesOf(result, 'PF06')).toMatchObject([
      { row: null, reason: 'unmapped', column: 'Lifecycle Stage', class: 'notice' },
      { row: null, reason: 'unmapped', column: 'Record ID', class: 'notice' },
    ]);
  });

  it('names a second column for a field that takes one value', () => {
    const result = check(csv('Email,Company,Organization', 'a@example.com,Acme,Acme Inc'));
    expect(issuesOf(result, 'PF06')).toMatchObject([
      {
        reason: 'second-column',
        class: 'notice',
        column: 'Organization',
        message: expect.stringContaining('Company already fills'),
      },
    ]);
  });

  it('is quiet when the settings map or ignore the column', () => {
    const result = check(csv('Email,Record ID', 'a@example.com,5101'), {
      mapping: { 'Record ID': null },
    });
    expect(issuesOf(result, 'PF06')).toEqual([]);
  });
});
