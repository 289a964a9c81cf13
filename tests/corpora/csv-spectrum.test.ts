import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../helpers';

const dir = new URL('../fixtures/csv-spectrum/', import.meta.url);
const cases = readdirSync(new URL('csvs/', dir)).map((f) => f.replace(/\.csv$/, ''));

/** csv-spectrum's expected output: one object per row, keyed by header. */
function expectedRows(name: string): Record<string, string>[] {
  return JSON.parse(readFileSync(new URL(`json/${name}.json`, dir), 'utf8'));
}

describe('csv-spectrum reads exactly as its expected output says', () => {
  it.each(cases)('%s', (name) => {
    let text = readFileSync(new URL(`csvs/${name}.csv`, dir), 'utf8');
    // The snapshot lost the CRs of the *_crlf files (see fixtures/csv-spectrum/SOURCE.md).
    if (name.endsWith('_crlf')) text = text.replace(/\r?\n/g, '\r\n');
    const result = check(text);
    const header = result.report.file.columns;
    const rows = (result.rows ?? []).map((row) =>
      Object.fromEntries(header.map((column, i) => [column, row[i]])),
    );
    expect(rows).toEqual(expectedRows(name));
    expect(result.report.issues.filter((i) => i.code === 'PF04')).toEqual([]);
  });
});
