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

  it('says a number from another country needs its country code', () => {
    const result = check(csv('Email,Phone', 'ann@example.com,447911123456'));
    const [issue] = issuesOf(result, '1013');
    expect(issue).toMatchObject({
      row: 2,
      reason: 'other-country',
      class: 'field-dropped',
      fix: '',
      params: expect.objectContaining({ suggestion: '+447911123456' }),
    });
    expect(issue?.message).toContain('+447911123456');
    expect(result.cleaned).toBe('Email,Phone\r\nann@example.com,');
  });

  it('reads numbers against the sub-account country', () => {
    const file = csv('Email,Phone', 'ann@example.com,07911 123456');
    expect(issuesOf(check(file), '1013')).toMatchObject([{ row: 2, reason: 'invalid' }]);
    const gb = check(file, { country: 'GB' });
    expect(issuesOf(gb, '1013')).toEqual([]);
    expect(gb.cleaned).toContain('+447911123456');
  });
});
