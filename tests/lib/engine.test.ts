import { describe, expect, it } from 'vitest';
import type { Progress } from '../../lib/types';
import { checkBeforeWriting } from '../../lib/engine';
import { parseSettings } from '../../lib/settings';
import { check, csv, issuesOf, phoneMetadata, rejectedText } from '../helpers';
import { partTexts } from '../../lib/write';

describe('checkFile', () => {
  it('numbers rows as a spreadsheet does: the header is row 1', () => {
    const result = check(csv('First Name,Email', 'Ann,ann@example.com', 'Bob,bob@'));
    expect(issuesOf(result, '1008')).toMatchObject([{ row: 3, column: 'Email', value: 'bob@' }]);
  });

  it('does not count the newline that ends the file as a row', () => {
    const result = check('Email\nann@example.com\n');
    expect(result.report.file.rows).toBe(1);
    expect(result.report.issues).toEqual([]);
  });

  it('writes a cleaned CSV without the skipped rows, and a rejected CSV with why', () => {
    const result = check(
      csv('First Name,Email', 'Ann,ann@example.com', 'Bob,bob@', 'Cy,cy@example.com'),
    );
    expect(result.cleaned).toBe('First Name,Email\r\nAnn,ann@example.com\r\nCy,cy@example.com');
    expect(rejectedText(result)).toMatch(
      /^Preflight row,Preflight reason,First Name,Email\r\n3,1008 Failed validation of Email \(Email\),Bob,bob@$/,
    );
    expect(result.report.summary.rows).toMatchObject({
      total: 3,
      skipped: 1,
      cleanedOut: 2,
      rejectedOut: 1,
    });
  });

  it('records every change before → after', () => {
    const result = check(csv('Email,Phone', ' ann@example.com ,(212) 555-0134'));
    expect(result.report.changes).toEqual([
      {
        row: 2,
        column: 'Email',
        code: 'PF08',
        before: ' ann@example.com ',
        after: 'ann@example.com',
      },
      { row: 2, column: 'Phone', code: '1013', before: '(212) 555-0134', after: '+12125550134' },
    ]);
  });

  it('reports progress in chunks, with the issues found since the last call', () => {
    const lines = ['Email'];
    for (let i = 0; i < 5000; i++) lines.push(i % 1000 === 0 ? `bad${i}@` : `user${i}@example.com`);
    const calls: [Progress, number][] = [];
    check(lines.join('\n'), {}, { onProgress: (p, issues) => calls.push([p, issues.length]) });
    const checking = calls.filter(([p]) => p.phase === 'checking');
    expect(checking.map(([p]) => p.rowsDone)).toEqual([2000, 4000]);
    expect(calls.at(-1)![0]).toMatchObject({ phase: 'done', fraction: 1 });
    expect(calls.reduce((sum, [, n]) => sum + n, 0)).toBe(5);
  });

  it('keeps ragged rows out of the cleaned file with their raw line, and every field in the rejected file', () => {
    const result = check(
      csv('First Name,Email', 'Ann,ann@example.com,extra,more', 'Bob,bob@example.com'),
    );
    expect(issuesOf(result, 'PF04')).toMatchObject([
      { row: 2, value: 'Ann,ann@example.com,extra,more' },
    ]);
    expect(rejectedText(result)).toContain(
      '\r\n2,PF04 Malformed row,Ann,ann@example.com,extra,more',
    );
    expect(result.cleaned).toBe('First Name,Email\r\nBob,bob@example.com');
  });

  it('accepts the empty trailing fields Excel adds', () => {
    const result = check(csv('First Name,Email', 'Ann,ann@example.com,,'));
    expect(result.report.issues).toEqual([]);
  });

  it('splits the cleaned rows into parts over the row limit, with the header in each', () => {
    const lines = ['Email', ...Array.from({ length: 25 }, (_, i) => `u${i}@example.com`)];
    const result = check(lines.join('\n'), { limits: { maxRows: 10 } });
    expect(partTexts(result)).toHaveLength(3);
    for (const part of partTexts(result)) expect(part.startsWith('Email\r\n')).toBe(true);
    expect(partTexts(result).map((p) => p.split('\r\n').length - 1)).toEqual([9, 9, 7]);
    expect(issuesOf(result, 'PF01')).toMatchObject([{ class: 'notice', fix: '3 parts' }]);
  });

  it('returns the parsed rows for the row grid', () => {
    const result = check(csv('Email', 'ann@example.com'));
    expect(result.rows).toEqual([['ann@example.com']]);
  });

  it('gives the same report and files when it writes them later (checkBeforeWriting)', () => {
    // Over the size limit and with a rejected row: PF01 counts the parts from the sizes alone.
    const lines = [
      'Email,Phone',
      'bob@,',
      ...Array.from({ length: 40 }, (_, i) => `u${i}@é.com,+1 202 555 01${i % 10}7`),
    ];
    const settings = { limits: { maxBytes: 400, maxRows: null } };
    const now = check(lines.join('\n'), settings);
    const parsed = parseSettings(settings);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const { write, ...later } = checkBeforeWriting({ name: 'test.csv', bytes }, parsed.settings, {
      phoneMetadata,
    });
    expect(issuesOf(now, 'PF01')).toMatchObject([{ code: 'PF01', reason: 'bytes' }]);
    expect(later.report).toEqual(now.report);
    expect({ ...later, ...write() }).toEqual(now);
  });
});
