import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1016 ambiguous enumeration option', () => {
  it('flags a value that matches options differing only by case, listing them', () => {
    const customFields = [
      { name: 'Tier', type: 'dropdown' as const, options: ['Gold', 'GOLD', 'Silver'] },
    ];
    const result = check(csv('Email,Tier', 'a@example.com,gold', 'b@example.com,Silver'), {
      customFields,
    });
    expect(issuesOf(result, '1016')).toMatchObject([
      {
        row: 2,
        reason: 'ambiguous',
        class: 'field-dropped',
        message: expect.stringContaining('Gold, GOLD'),
      },
    ]);
  });
});
