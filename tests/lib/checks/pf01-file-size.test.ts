import { describe, expect, it } from 'vitest';
import { check, issuesOf } from '../../helpers';

const contacts = (rows: number) =>
  [
    'First Name,Email',
    ...Array.from({ length: rows }, (_, i) => `Person ${i},person${i}@example.com`),
  ].join('\n');

describe('PF01 file too large', () => {
  it('splits a file over the byte limit into parts that each fit', () => {
    const text = contacts(2000);
    const limit = Math.floor(text.length / 3);
    const result = check(text, { limits: { maxBytes: limit } });
    expect(issuesOf(result, 'PF01')).toMatchObject([
      { row: null, reason: 'bytes', class: 'file-blocked', message: expect.stringContaining('MB') },
    ]);
    expect(result.parts.length).toBeGreaterThanOrEqual(3);
    for (const part of result.parts)
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(limit);
    const rows = result.parts.flatMap((p) => p.split('\r\n').slice(1));
    expect(rows).toHaveLength(2000);
  });

  it('splits by the row limit the user set', () => {
    const result = check(contacts(120), { limits: { maxRows: 50 } });
    const [issue] = issuesOf(result, 'PF01');
    expect(issue).toMatchObject({ row: null, reason: 'rows', class: 'file-blocked' });
    expect(issue?.message).toContain('120 rows');
    expect(result.parts).toHaveLength(3);
  });

  it('is quiet under the limits', () => {
    const result = check(contacts(120));
    expect(issuesOf(result, 'PF01')).toEqual([]);
    expect(result.parts).toEqual([]);
  });
});
