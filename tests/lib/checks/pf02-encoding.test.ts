import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

/** Windows-1252 bytes for the few characters these tests use. */
const CP1252: Record<string, number> = { é: 0xe9, '“': 0x93, '”': 0x94 };
const cp1252 = (text: string) =>
  new Uint8Array([...text].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));

describe('PF02 encoding', () => {
  it('reads a Windows-1252 file correctly and writes UTF-8', () => {
    const result = check(cp1252('First Name,Email,Notes\r\nJosé,jose@example.com,“VIP”\r\n'));
    expect(issuesOf(result, 'PF02')).toMatchObject([
      { reason: 'encoding', class: 'notice', message: expect.stringContaining('Windows-1252') },
    ]);
    expect(result.cleaned).toBe('First Name,Email,Notes\r\nJosé,jose@example.com,“VIP”');
  });

  it('notes a byte-order mark and drops it from the first header', () => {
    const result = check(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Email\r\na@example.com\r\n')]),
    );
    expect(issuesOf(result, 'PF02')).toMatchObject([{ row: null, reason: 'bom', class: 'notice' }]);
    expect(result.report.file.columns).toEqual(['Email']);
  });

  it('repairs mojibake left by an earlier wrong conversion', () => {
    const result = check(csv('First Name,Email', 'JosÃ© GarcÃ­a,jose@example.com'));
    expect(issuesOf(result, 'PF02')).toMatchObject([
      { row: 2, reason: 'mojibake', class: 'notice', value: 'JosÃ© GarcÃ­a', fix: 'José García' },
    ]);
    expect(result.cleaned).toContain('José García,jose@example.com');
  });

  it('flags mojibake it cannot repair safely, and leaves the value as it is', () => {
    // Hand-edited after the wrong conversion: "Ã©" is garbled, the "í" beside it is not.
    const result = check(csv('First Name,Email', 'JosÃ© García,jose@example.com'));
    expect(issuesOf(result, 'PF02')).toMatchObject([
      {
        row: 2,
        reason: 'mojibake-unfixable',
        class: 'notice',
        column: 'First Name',
        value: 'JosÃ© García',
        fix: null,
      },
    ]);
    expect(result.cleaned).toContain('JosÃ© García,jose@example.com');
  });

  it('leaves plain UTF-8 alone', () => {
    expect(issuesOf(check(csv('First Name,Email', 'Zoë,zoe@example.com')), 'PF02')).toEqual([]);
  });
});
