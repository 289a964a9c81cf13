import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

const customFields = [
  { name: 'Interests', type: 'checkbox' as const, options: ['Yoga', 'Running', 'Yes', 'No'] },
  { name: 'Title', type: 'multiselect' as const, options: ['Dr. Who', 'Mr', 'A/B'] },
  { name: 'Score', type: 'number' as const },
  { name: 'Budget', type: 'monetary' as const },
];

describe('PF17 list and number formats', () => {
  it('rewrites "/" between tags and between options, so 1005 judges each option', () => {
    const result = check(csv('Email,Tags,Interests', 'ann@example.com,VIP/Lead,yoga / Running'), {
      customFields,
    });
    expect(issuesOf(result, 'PF17')).toMatchObject([
      {
        row: 2,
        column: 'Tags',
        reason: 'slash',
        class: 'notice',
        value: 'VIP/Lead',
        fix: 'VIP, Lead',
      },
      {
        row: 2,
        column: 'Interests',
        reason: 'slash',
        value: 'yoga / Running',
        fix: 'yoga, Running',
        message: expect.stringContaining('would match no option'),
      },
    ]);
    expect(issuesOf(result, '1005')).toMatchObject([
      { reason: 'near-match', value: 'yoga', fix: 'Yoga' },
    ]);
    expect(result.cleaned).toContain('ann@example.com,"VIP, Lead","Yoga, Running"');
  });

  it('splits tags joined by Google Contacts\' " ::: " into the tags they are', () => {
    const result = check(csv('Email,Group Membership', 'a@example.com,* myContacts ::: Clients'));
    expect(issuesOf(result, 'PF17')).toMatchObject([
      {
        reason: 'google-separator',
        value: '* myContacts ::: Clients',
        fix: '* myContacts, Clients',
      },
    ]);
    expect(result.cleaned).toContain('"* myContacts, Clients"');
  });

  it('leaves a slash between digits, and an option whose name holds one', () => {
    const result = check(csv('Email,Tags,Title', 'ann@example.com,24/7,A/B'), { customFields });
    expect(issuesOf(result, 'PF17')).toEqual([]);
  });

  it('names a tag or option HighLevel would split at its period, and changes nothing', () => {
    const result = check(
      csv('Email,Tags,Title,Interests', 'ann@example.com,"VIP, v1.2",Dr. Who,Yes. No'),
      { customFields },
    );
    expect(issuesOf(result, 'PF17')).toMatchObject([
      {
        column: 'Tags',
        reason: 'period',
        class: 'notice',
        value: 'v1.2',
        fix: null,
        params: { pieces: ['v1', '2'], hint: 'tag' },
        message: expect.stringContaining('it would import v1 and 2 as separate tags'),
      },
      {
        column: 'Title',
        reason: 'period',
        value: 'Dr. Who',
        params: { pieces: ['Dr', 'Who'], hint: 'option' },
        message: expect.stringContaining('rename the option in HighLevel'),
      },
    ]);
    // "Yes. No" names two options, as HighLevel's own example does; the tag stays as written,
    // and 1005 judges the option as HighLevel splits it.
    expect(result.cleaned).toContain('ann@example.com,"VIP, v1.2",,Yes. No');
    expect(issuesOf(result, '1005').map((i) => i.value)).toEqual(['Dr', 'Who']);
  });

  it('rewrites a number or amount that reads one way only', () => {
    const result = check(
      csv(
        'Email,Score,Budget',
        'ann@example.com,12 %,"$1.200,50"',
        'bob@example.com,1.5,"1,234,234.33"',
      ),
      { customFields },
    );
    expect(issuesOf(result, 'PF17')).toMatchObject([
      {
        row: 2,
        column: 'Score',
        reason: 'number-rewritten',
        class: 'notice',
        value: '12 %',
        fix: '12',
      },
      { row: 2, column: 'Budget', reason: 'number-rewritten', value: '$1.200,50', fix: '1200.50' },
    ]);
    expect(issuesOf(result, 'PF17')[1]?.message).toContain('Monetary field');
    expect(result.cleaned).toContain('ann@example.com,12,1200.50');
  });

  it('empties and names a number that reads two ways, or none', () => {
    const result = check(
      csv('Email,Score,Budget', 'ann@example.com,"1,234",n/a', 'bob@example.com,TBD,"1,234"'),
      { customFields },
    );
    expect(issuesOf(result, 'PF17')).toMatchObject([
      {
        row: 2,
        column: 'Score',
        reason: 'number-ambiguous',
        class: 'field-dropped',
        fix: '',
        params: { candidates: ['1234', '1.234'] },
        message: expect.stringContaining('could be 1234 or 1.234'),
      },
      {
        row: 2,
        column: 'Budget',
        reason: 'number-invalid',
        class: 'field-dropped',
        value: 'n/a',
        fix: '',
      },
      { row: 3, column: 'Score', reason: 'number-invalid', value: 'TBD', fix: '' },
    ]);
    expect(result.cleaned).toContain('ann@example.com,,\r\n');
    expect(result.cleaned).toContain('bob@example.com,,"1,234"');
  });
});
