import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../lib/issue';
import { check } from '../helpers';

const dir = new URL('../fixtures/clevercsv/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));

describe('messy real-world CSV files (CleverCSV)', () => {
  it.each(files)('%s is read without a crash, with a report for every row', (name) => {
    const result = check(new Uint8Array(readFileSync(new URL(name, dir))));
    const { file } = result.report;
    expect(file.kind).toBe('csv');
    expect(file.rows).toBeGreaterThan(0);
    expect(result.rows).toHaveLength(file.rows);
    for (const issue of result.report.issues) {
      expect(describeIssue(issue)).not.toMatch(/\{\w+\}|undefined|NaN/);
      if (issue.row !== null) expect(issue.row).toBeGreaterThan(1);
    }
  });
});
