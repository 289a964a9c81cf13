import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1013 could not parse the phone number', () => {
  it('rewrites Keap-style US numbers as E.164 without raising an issue', () => {
    const result = check(
      csv('Email,Phone', 'ann@example.com,(810) 292-9388', 'bob@example.com,810.374.9840'),
    );
    expect(issuesOf(result, '1013')).toEqual([]);
    expect(result.cleaned).toBe(
      'Email,Phone\r\nann@example.com,+18102929388\r\nbob@example.com,+18103749840',
    );
    expect(result.report.changes.map((c) => [c.code, c.before, c.after])).toContainEqual([
      '1013',
      '(810) 292-9388',
      '+18102929388',
    ]);
  });

  it('drops an invalid number, emptying it in the cleaned file', () => {
    const result = check(csv('Email,Phone', 'ann@example.com,555-01', 'bob@example.com,call me'));
    expect(issuesOf(result, '1013')).toMatchObject([
      {
        row: 2,
        reason: 'invalid',
        class: 'field-dropped',
        fix: '',
        params: expect.objectContaining({ why: 'too-short' }),
      },
      { row: 3, reason: 'invalid', params: expect.objectContaining({ why: 'letters' }) },
    ]);
    expect(result.cleaned).toContain('ann@example.com,\r\n');
  });

  it('says a number written with its country code but no "+" needs the "+"', () => {
    const result = check(csv('Email,Phone', 'ann@example.com,447911123456'));
    const [issue] = issuesOf(result, '1013');
    expect(issue).toMatchObject({
      row: 2,
      reason: 'missing-plus',
      class: 'field-dropped',
      fix: '',
      params: expect.objectContaining({ suggestion: '+447911123456' }),
    });
    expect(issue?.message).toContain('+447911123456');
    expect(result.cleaned).toBe('Email,Phone\r\nann@example.com,');
  });

  it('names the country of a number written as another country writes it, and the code to add', () => {
    const result = check(csv('Email,Phone', 'ann@example.com,07911 123456'));
    const [issue] = issuesOf(result, '1013');
    expect(issue).toMatchObject({
      reason: 'other-country',
      params: { region: 'the United Kingdom', code: '+44', suggestion: '+447911123456' },
    });
    expect(issue?.message).toBe(
      'Phone "07911 123456" is not a valid United States number, but it is a valid number from the United Kingdom: HighLevel would import the row with no phone. Add the country code, +44: +447911123456.',
    );
  });

  it('offers to read a file of mostly foreign numbers as that country, and then writes E.164', () => {
    const file = csv(
      'Email,Phone',
      'a@example.com,07911 123456',
      'b@example.com,020 7946 0958',
      'c@example.com,(202) 555-0147',
    );
    expect(issuesOf(check(file), '1013')).toMatchObject([
      { reason: 'other-country' },
      { reason: 'other-country' },
      {
        row: null,
        reason: 'file-country',
        class: 'notice',
        column: 'Phone',
        params: { count: 2, total: 3, region: 'the United Kingdom', offer: 'GB' },
      },
    ]);
    const read = check(file, { phoneCountry: 'GB' });
    expect(read.cleaned).toContain('a@example.com,+447911123456');
    expect(read.cleaned).toContain('b@example.com,+442079460958');
    // A US number is now the foreign one: named, with its code.
    expect(issuesOf(read, '1013')).toMatchObject([
      { row: 4, reason: 'other-country', params: { region: 'the United States', code: '+1' } },
    ]);
  });

  it("does not offer another country when most numbers are the sub-account's", () => {
    const file = csv(
      'Email,Phone',
      'a@example.com,07911 123456',
      'b@example.com,020 7946 0958',
      'c@example.com,(202) 555-0147',
      'd@example.com,(202) 555-0148',
      'e@example.com,+44 20 7946 0958',
    );
    expect(issuesOf(check(file), '1013').map((i) => i.reason)).toEqual([
      'other-country',
      'other-country',
    ]);
  });

  it('reads numbers against the sub-account country', () => {
    const file = csv('Email,Phone', 'ann@example.com,07911 123456');
    expect(issuesOf(check(file), '1013')).toMatchObject([{ row: 2, reason: 'other-country' }]);
    const gb = check(file, { country: 'GB' });
    expect(issuesOf(gb, '1013')).toEqual([]);
    expect(gb.cleaned).toContain('+447911123456');
  });
});
