import { describe, expect, it } from 'vitest';
import { check, issuesOf } from '../../helpers';

describe('1001 unknown error', () => {
  it('rejects binary content and reads no further', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const result = check(bytes);
    expect(issuesOf(result, '1001')).toMatchObject([
      { reason: 'binary', class: 'file-blocked', row: null },
    ]);
    expect(result.cleaned).toBeNull();
    expect(result.report.file.rows).toBe(0);
  });

  it('rejects text with no header row (only separators)', () => {
    const result = check(',,,\r\n,,,\r\n');
    expect(issuesOf(result, '1001')).toMatchObject([
      { reason: 'no-header', message: expect.stringContaining('no header row') },
    ]);
  });

  it('says nothing about an ordinary contact file', () => {
    expect(issuesOf(check('First Name,Email\nAnn,ann@example.com\n'), '1001')).toEqual([]);
  });
});
