import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

const customFields = [
  { name: 'Lifecycle Stage', type: 'dropdown' as const, options: ['Lead', 'Customer', 'Churned'] },
  { name: 'Interests', type: 'checkbox' as const, options: ['Café', 'Yoga', 'Running'] },
];

describe('1005 invalid enumeration option', () => {
  it('fixes case, spacing and accent differences to the exact option', () => {
    const result = check(
      csv('Email,Lifecycle Stage,Interests', 'ann@example.com,customer,"cafe,  yoga"'),
      { customFields },
    );
    expect(result.cleaned).toContain('ann@example.com,Customer,"Café, Yoga"');
    expect(issuesOf(result, '1005').map((i) => [i.reason, i.value, i.fix])).toEqual([
      ['near-match', 'customer', 'Customer'],
      ['near-match', 'cafe', 'Café'],
      ['near-match', 'yoga', 'Yoga'],
    ]);
    expect(issuesOf(result, '1005')[0]).toMatchObject({
      reason: 'near-match',
      class: 'field-dropped',
    });
  });

  it('empties a value that is no option, suggesting the closest', () => {
    const result = check(
      csv('Email,Lifecycle Stage', 'ann@example.com,Custmer', 'bob@example.com,Prospect'),
      { customFields },
    );
    expect(issuesOf(result, '1005')).toMatchObject([
      {
        row: 2,
        reason: 'no-match',
        class: 'field-dropped',
        fix: '',
        params: expect.objectContaining({ hint: 'closest', closest: 'Customer' }),
        message: expect.stringContaining('Did you mean "Customer"?'),
      },
      { row: 3, reason: 'no-match', fix: '', params: expect.objectContaining({ hint: 'none' }) },
    ]);
    expect(result.cleaned).toContain('ann@example.com,\r\n');
  });

  it('keeps the valid options of a multi-value cell and drops only the unknown one', () => {
    const result = check(csv('Email,Interests', 'ann@example.com,"Yoga, Chess"'), { customFields });
    expect(result.cleaned).toContain('ann@example.com,Yoga');
    expect(issuesOf(result, '1005')).toMatchObject([
      { row: 2, reason: 'no-match', value: 'Chess' },
    ]);
  });

  it('splits a multi-value cell where HighLevel does: at commas, semicolons and periods', () => {
    const result = check(csv('Email,Interests', 'ann@example.com,Yoga; running. Chess'), {
      customFields,
    });
    expect(issuesOf(result, '1005').map((i) => [i.reason, i.value])).toEqual([
      ['near-match', 'running'],
      ['no-match', 'Chess'],
    ]);
    expect(result.cleaned).toContain('ann@example.com,"Yoga, Running"');
  });

  it('reads a single-option cell whole, periods and all', () => {
    const options = [{ name: 'Title', type: 'dropdown' as const, options: ['Dr. Who'] }];
    const result = check(csv('Email,Title', 'ann@example.com,Dr. Who'), { customFields: options });
    expect(issuesOf(result, '1005')).toEqual([]);
  });
});
