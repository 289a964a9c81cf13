import { describe, expect, it } from 'vitest';
import { steadyGrowthRatio } from '../../growth-ratio';
import { check, cleanedRows, csv, issuesOf } from '../../helpers';

const file = csv(
  'First Name,Email,Phone,Company Name',
  'Maria,maria@example.com,+1 212 555 0101,',
  'Maria,Maria@Example.com,(212) 555-0101,Hernandez Consulting',
  'David,david@example.com,646.555.0144,',
);

describe('1011 duplicate unique property value in the file', () => {
  it('finds duplicates hidden by email case, naming the other rows', () => {
    const result = check(file);
    expect(issuesOf(result, '1011')).toMatchObject([
      {
        row: 2,
        reason: 'duplicate',
        class: 'duplicate-risk',
        message: expect.stringContaining('also on row 3'),
      },
      { row: 3, reason: 'duplicate', message: expect.stringContaining('also on row 2') },
    ]);
    expect(result.report.summary.rows.cleanedOut).toBe(3);
  });

  it('compares phones as E.164 when phone is the matching column', () => {
    expect(issuesOf(check(file, { primary: 'phone' }), '1011')).toMatchObject([
      { row: 2, reason: 'duplicate', column: 'Phone' },
      { row: 3, reason: 'duplicate', column: 'Phone' },
    ]);
  });

  it('merges the rows when asked: later non-empty values win', () => {
    const result = check(file, { fixes: { mergeDuplicates: true } });
    expect(issuesOf(result, '1011')).toMatchObject([
      {
        row: 2,
        reason: 'merged',
        class: 'duplicate-risk',
        fix: 'row 2',
        message: expect.stringContaining('merges these rows into row 2'),
      },
      {
        row: 3,
        reason: 'merged',
        fix: 'row 2',
        params: expect.objectContaining({ others: ['2', '3'] }),
        message: expect.stringContaining('also on row 2;'),
      },
    ]);
    expect(result.report.summary.rows.cleanedOut).toBe(2);
    expect(result.cleaned).toContain('Maria,Maria@Example.com,+12125550101,Hernandez Consulting');
  });

  it("merges the rows' Additional Emails, keeping the ten HighLevel takes and naming the rest", () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) => `Ann,ann@example.com,"a${i}@example.com, b${i}@example.com"`,
    );
    const result = check(csv('First Name,Email,Additional Emails', ...rows), {
      fixes: { mergeDuplicates: true },
    });
    const [merged] = cleanedRows(result).slice(1);
    expect(merged?.[2]?.split(', ')).toHaveLength(10);
    expect(issuesOf(result, 'PF07')).toMatchObject([
      { reason: 'too-many', value: 'a5@example.com', fix: '' },
      { reason: 'too-many', value: 'b5@example.com', fix: '' },
    ]);
  });

  it('merges a group of rows with Additional Emails in time that grows with the group', () => {
    const file = (n: number) => [
      ['First Name,Email,Additional Emails']
        .concat(Array.from({ length: n }, (_, i) => `Ann,ann@example.com,"a${i}@example.com"`))
        .join('\n'),
    ];
    const merge = (text: string) => check(text, { fixes: { mergeDuplicates: true } });
    expect(steadyGrowthRatio(file, merge, 1_000, 5)).toBeLessThan(3);
  });
});
