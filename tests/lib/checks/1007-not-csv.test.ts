import { describe, expect, it } from 'vitest';
import { check, issuesOf } from '../../helpers';

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(64).fill(0x20)]);

describe('1007 file not found', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty', /empty/],
    ['only a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty', /empty/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'not-csv', /PDF/],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'not-csv', /PNG/],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0), 'not-csv', /JPEG/],
  ])('rejects %s, saying what it is', (_, input, reason, what) => {
    const result = check(input);
    const [issue] = issuesOf(result, '1007');
    expect(issue).toMatchObject({ reason, class: 'file-blocked', row: null });
    expect(issue!.message).toMatch(what);
    expect(result.cleaned).toBeNull();
  });

  it('names the reason in the table for both kinds', () => {
    expect(issuesOf(check(new Uint8Array(0)), '1007')).toMatchObject([{ reason: 'empty' }]);
    expect(issuesOf(check(bytes(0xff, 0xd8, 0xff, 0xe0)), '1007')).toMatchObject([
      { reason: 'not-csv', params: { kind: 'jpeg', hint: 'jpeg' } },
    ]);
  });

  it('accepts a CSV', () => {
    expect(issuesOf(check('Email\nann@example.com\n'), '1007')).toEqual([]);
  });
});
