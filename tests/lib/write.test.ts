import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { partsNeeded, toCsv } from '../../lib/write';

describe('toCsv', () => {
  it('quotes only what needs quoting, with CRLF line endings', () => {
    expect(
      toCsv(
        ['Name', 'Notes'],
        [
          ['Ann', 'plain'],
          ['Acme, Inc.', 'said "hi"\nthen left'],
          [' pad', ''],
        ],
      ),
    ).toBe('Name,Notes\r\nAnn,plain\r\n"Acme, Inc.","said ""hi""\nthen left"\r\n pad,');
  });

  it('round-trips hostile values through papaparse exactly', () => {
    const rows = [
      ['\n\r', '"', '""', ',', '\n\r\n', '\n', 'a\r', 'a,"b",c'],
      ['', ' ', 'é 😀 ✓', 'tab\there', 'trailing ', ' leading', 'x'.repeat(10_000), '\u0000'],
    ];
    const header = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(Papa.parse(toCsv(header, rows)).data).toEqual([header, ...rows]);
  });

  it('prefixes a cell a spreadsheet would run, header included, and nothing else', () => {
    const text = toCsv(
      ['=H', 'b'],
      [
        ['=cmd|"/c calc"!A1', '\r\n'],
        ['+12025550147', "'=1"],
      ],
    );
    expect(Papa.parse(text).data).toEqual([
      ["'=H", 'b'],
      ['\'=cmd|"/c calc"!A1', "'\r\n"],
      ['+12025550147', "'=1"],
    ]);
  });

  it('keeps every field of a ragged row', () => {
    expect(toCsv(['a'], [['1', '2', '3']])).toBe('a\r\n1,2,3');
  });
});

describe('partsNeeded', () => {
  const limits = { maxBytes: 1000, maxRows: null };
  it('is 1 under the limits', () => {
    expect(partsNeeded(1000, 10, limits)).toBe(1);
  });
  it('leaves headroom under the byte limit', () => {
    expect(partsNeeded(1001, 10, limits)).toBe(2);
    expect(partsNeeded(1900, 10, limits)).toBe(3);
  });
  it('follows the row limit when it needs more parts', () => {
    expect(partsNeeded(10, 250, { maxBytes: 1000, maxRows: 100 })).toBe(3);
  });
});
