import { describe, expect, it } from 'vitest';
import { beforeLookup, beforesOf } from '../../../utils/report-index/befores';
import type { Change } from '../../../lib/types';

const change = (row: number, column: string, before: string, after = `${before}!`): Change => ({
  row,
  column,
  code: '1013',
  before,
  after,
});

/** As the page reads them: made in the worker, then looked up. */
const lookup = (changes: Change[]) => beforeLookup(beforesOf(changes));

describe('what a cell held before its fix', () => {
  it('finds each changed cell, and nothing for the others', () => {
    const before = lookup([
      change(2, 'Phone', '(212) 555-0147'),
      change(2, 'Email', 'A@X.COM'),
      change(5, 'Phone', '212.555.0148'),
    ]);
    expect(before(2, 'Phone')).toBe('(212) 555-0147');
    expect(before(2, 'Email')).toBe('A@X.COM');
    expect(before(5, 'Phone')).toBe('212.555.0148');
    expect(before(3, 'Phone')).toBeUndefined();
    expect(before(5, 'Email')).toBeUndefined();
    expect(before(9, 'Phone')).toBeUndefined();
    expect(lookup([])(2, 'Phone')).toBeUndefined();
  });

  it('finds changes a merge added out of row order, and shows what the file had for a cell fixed twice', () => {
    const before = lookup([
      change(2, 'Phone', ' 212 555 0147 ', '212 555 0147'),
      change(2, 'Phone', '212 555 0147', '+12125550147'),
      change(7, 'Email', 'b@x.com'),
      change(3, 'Additional Emails', ''),
    ]);
    expect(before(2, 'Phone')).toBe(' 212 555 0147 ');
    expect(before(3, 'Additional Emails')).toBe('');
    expect(before(7, 'Email')).toBe('b@x.com');
  });

  it('answers as an index over every change does, on many changes in any order', () => {
    const changes = Array.from({ length: 2_000 }, (_, k) =>
      change((k * 7919) % 500, `C${k % 3}`, `v${k}`),
    );
    const first = new Map<string, string>();
    for (const { row, column, before } of changes) {
      if (!first.has(`${row}:${column}`)) first.set(`${row}:${column}`, before);
    }
    const before = lookup(changes);
    for (let row = 0; row < 500; row++) {
      for (const column of ['C0', 'C1', 'C2']) {
        expect(before(row, column)).toBe(first.get(`${row}:${column}`));
      }
    }
  });
});
