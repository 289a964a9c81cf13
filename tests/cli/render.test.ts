import { describe, expect, it } from 'vitest';
import { renderText, rowList } from '../../cli/render';
import { check, csv } from '../helpers';

describe('the readable report', () => {
  it('lists rows compactly: runs shortened, the rest counted', () => {
    expect(rowList([8])).toBe('row 8');
    expect(rowList([3, 4, 10])).toBe('rows 3–4, 10');
    expect(rowList([2, 2, 3])).toBe('rows 2–3');
    const many = Array.from({ length: 30 }, (_, k) => 2 + k * 2);
    expect(rowList(many)).toBe('rows 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 20 more');
  });

  it('explains each code once, however many rows have it', () => {
    const bad = Array.from({ length: 5_000 }, (_, k) => `someone${k}@`);
    const { report } = check(csv('Email', ...bad));
    const text = renderText(report, { out: null, parts: [], rejected: null });
    expect(text).toContain('1008  Failed validation of Email (5,000)');
    expect(text).toMatch(/Email, rows 2–5001: e\.g\. row 2: Email "someone0@"/);
    expect(text.split('\n').length).toBeLessThan(30);
  });

  it('says how many of a code’s issues the cleaned file fixed', () => {
    const dates = Array.from(
      { length: 1_200 },
      (_, k) => `a${k}@example.com,1990-07-${10 + (k % 18)}`,
    );
    const { report } = check(csv('Email,Date of Birth', ...dates, 'z@example.com,someday'));
    const text = renderText(report, { out: null, parts: [], rejected: null });
    expect(text).toContain('1014  Could not parse the date (1,201, 1,200 fixed)');
  });
});
