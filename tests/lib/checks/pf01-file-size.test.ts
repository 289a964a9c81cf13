import { describe, expect, it } from 'vitest';
import { check, issuesOf } from '../../helpers';
import { partTexts } from '../../../lib/write';

const contacts = (rows: number) =>
  [
    'First Name,Email',
    ...Array.from({ length: rows }, (_, i) => `Person ${i},person${i}@example.com`),
  ].join('\n');

describe('PF01 file too large', () => {
  it('splits a file over the size limit into parts that each fit; only they can be handed over', () => {
    const text = contacts(2000);
    const limit = Math.floor(text.length / 3);
    const result = check(text, { limits: { maxBytes: limit } });
    expect(issuesOf(result, 'PF01')).toMatchObject([
      { row: null, reason: 'bytes', class: 'file-blocked', message: expect.stringContaining('MB') },
    ]);
    expect(result.overSizeLimit).toBe(true);
    expect(partTexts(result).length).toBeGreaterThanOrEqual(3);
    for (const part of partTexts(result))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(limit);
    const rows = partTexts(result).flatMap((p) => p.split('\r\n').slice(1));
    expect(rows).toHaveLength(2000);
  });

  it('measures the cleaned file: a UTF-16 file over the limit may fit once it is UTF-8', () => {
    const text = '\ufeff' + contacts(300);
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i);
    const result = check(utf16, { limits: { maxBytes: Math.floor(text.length * 1.5) } });
    expect(issuesOf(result, 'PF01')).toMatchObject([
      { reason: 'bytes-cleaned-fits', class: 'notice' },
    ]);
    expect(result.overSizeLimit).toBe(false);
    expect(partTexts(result)).toEqual([]);
  });

  it("over the seed FAQ's 10,000 rows, notes that HighLevel's pages disagree and offers parts", () => {
    const result = check(contacts(10_001));
    const [issue] = issuesOf(result, 'PF01');
    expect(issue).toMatchObject({ row: null, reason: 'rows', class: 'notice', fix: '2 parts' });
    expect(issue?.message).toContain('10,001 rows');
    expect(issue?.message).toContain('30 MB and no row limit');
    expect(partTexts(result)).toHaveLength(2);
    // The whole file fits HighLevel's size limit: it is what the page is handed.
    expect(result.overSizeLimit).toBe(false);
  });

  it('splits by the row figure the user set, or not at all when it is turned off', () => {
    expect(partTexts(check(contacts(120), { limits: { maxRows: 50 } }))).toHaveLength(3);
    const off = check(contacts(10_001), { limits: { maxRows: null } });
    expect(issuesOf(off, 'PF01')).toEqual([]);
    expect(partTexts(off)).toEqual([]);
  });

  it("notes a cleaned file over the FAQ's 20 MB that is under the size limit", () => {
    const note = 'x'.repeat(4000);
    const rows = Array.from({ length: 5300 }, (_, i) => `P${i},p${i}@example.com,${note}`);
    const result = check(['First Name,Email,Notes', ...rows].join('\n'));
    expect(issuesOf(result, 'PF01')).toMatchObject([{ reason: 'faq-bytes', class: 'notice' }]);
  });

  it('is quiet under the limits', () => {
    const result = check(contacts(120));
    expect(issuesOf(result, 'PF01')).toEqual([]);
    expect(partTexts(result)).toEqual([]);
  });
});
