import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf, rejectedText } from '../helpers';

/** Every kind of bad input gets a specific message: never a throw, a hang or lost rows. */
describe('bad input', () => {
  it('a zip that is not a workbook says what it is', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(issuesOf(check(zip), '1007')[0]?.message).toMatch(/zip|ZIP/);
  });

  it('a header row alone is a file with no contacts, not an error', () => {
    const result = check('First Name,Email\r\n');
    expect(result.report.file.rows).toBe(0);
    expect(result.report.issues).toEqual([]);
    expect(result.cleaned).toBe('First Name,Email');
  });

  it('hostile cell contents stay data: markup, formulas, control and bidi characters', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '\u202Egnp.exe',
      'a\u0000b',
      '{{constructor}}',
      '__proto__',
    ];
    const result = check(
      csv('First Name,Email,Notes', ...hostile.map((h, i) => `"${h}",u${i}@example.com,"${h}"`)),
    );
    expect(result.report.file.rows).toBe(hostile.length);
    expect(result.report.summary.rows.cleanedOut).toBe(hostile.length);
    expect(result.cleaned).toContain('<script>alert(1)</script>');
  });

  it('a __proto__ header does not pollute anything', () => {
    const result = check(csv('__proto__,constructor,Email', 'x,y,a@example.com'));
    expect(result.report.file.columns).toEqual(['__proto__', 'constructor', 'Email']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a megabyte-long cell and a thousand columns are read, not choked on', () => {
    const wide = Array.from({ length: 1000 }, (_, i) => `Col ${i}`);
    const result = check(
      csv(
        ['Email', 'Notes', ...wide].join(','),
        ['a@example.com', 'x'.repeat(1_000_000), ...wide.map(() => 'v')].join(','),
      ),
    );
    expect(result.report.file.columns).toHaveLength(1002);
    expect(issuesOf(result, 'PF11')).toHaveLength(1);
    expect(issuesOf(result, 'PF06')).toHaveLength(1000);
  });

  it('an unclosed quote at the very end keeps every row it swallowed in the rejected file', () => {
    const result = check('Email,Notes\r\na@example.com,"never closed\r\nb@example.com,x\r\n');
    expect(issuesOf(result, 'PF04')).toHaveLength(1);
    expect(rejectedText(result)).toContain('b@example.com,x');
  });

  it('a UTF-16 file with a BOM is decoded, not treated as binary', () => {
    const text = 'First Name,Email\r\nZoë,zoe@example.com\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const result = check(bytes);
    expect(result.report.file.encoding).toBe('utf-16le');
    expect(result.cleaned).toBe('First Name,Email\r\nZoë,zoe@example.com');
  });
});
