import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../lib/types';
import {
  inBytes,
  measureOutputs,
  partsFrom,
  partsNeeded,
  partTexts,
  toCsv,
  writeOutputs,
  type WriteInput,
} from '../../lib/write';
import { check, csv, rejectedText } from '../helpers';

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

describe('measureOutputs', () => {
  // Cells with what makes the writer quote, neutralise or count more bytes than characters.
  const cell = fc.string({
    unit: fc.constantFrom(
      'a',
      '1',
      ' ',
      '"',
      ',',
      '\r',
      '\n',
      '=',
      '+',
      '-',
      '@',
      '\t',
      'é',
      '☃',
      '𝄞',
    ),
    maxLength: 8,
  });
  const skipped = (row: number): Issue => ({
    code: '1008',
    reason: 'invalid',
    class: 'row-skipped',
    row,
    column: 'Email',
    value: 'x',
    fix: null,
  });
  const input = fc
    .record({
      header: fc.array(cell, { minLength: 1, maxLength: 4 }),
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
      addedColumns: fc.array(cell, { maxLength: 2 }),
      dropped: fc.array(fc.nat(5), { maxLength: 2 }),
      omitted: fc.array(fc.nat(14), { maxLength: 3 }),
      rejected: fc.array(fc.nat(14), { maxLength: 3 }),
      extra: fc.array(fc.tuple(fc.nat(14), fc.array(cell, { maxLength: 5 })), { maxLength: 3 }),
      maxBytes: fc.integer({ min: 20, max: 400 }),
      maxRows: fc.option(fc.integer({ min: 1, max: 5 })),
    })
    .map((drawn): WriteInput => ({
      header: drawn.header,
      rows: drawn.rows,
      firstRowNumber: 2,
      addedColumns: drawn.addedColumns,
      droppedColumns: new Set(drawn.dropped),
      omitted: new Set(drawn.omitted),
      extraRows: drawn.extra.reduce(
        (rows, [number, cells]) => rows.set(number, [...(rows.get(number) ?? []), cells]),
        new Map<number, string[][]>(),
      ),
      issues: drawn.rejected.map(skipped),
      limits: { maxBytes: drawn.maxBytes, maxRows: drawn.maxRows },
    }));

  it('gives the sizes the writer’s files come to, without writing them', () => {
    fc.assert(
      fc.property(input, (written) => {
        const outputs = writeOutputs(written);
        const sizes = measureOutputs(written);
        expect(sizes).toEqual({
          cleanedRows: outputs.cleanedRows,
          rejectedRows: outputs.rejectedRows,
          cleanedBytes: new TextEncoder().encode(outputs.cleaned ?? '').length,
          overSizeLimit: outputs.overSizeLimit,
          parts: outputs.partSpans.ends.length,
        });
      }),
      { numRuns: 1_000 },
    );
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

const joinText = (header: string, lines: string) => header + lines;

describe('partsFrom', () => {
  it('makes every part again from the cleaned text and the spans, header and quoted lines too', () => {
    const lines = ['Name,"Notes\r\nmore",Email'];
    for (let i = 0; i < 25; i++) lines.push(`N${i},"a ""quoted""\r\nline ${i}",n${i}@example.com`);
    const result = check(csv(...lines), { limits: { maxRows: 10 } });
    const parts = partsFrom(result.cleaned ?? '', result.partSpans, joinText);
    const cleaned = result.cleaned ?? '';
    const header = cleaned.slice(0, result.partSpans.headerLength);
    expect(header).toBe('Name,"Notes\r\nmore",Email\r\n');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.startsWith(header)).toBe(true);
    // The parts' lines, one after the other, are the cleaned file's.
    const bodies = parts.map((part) => part.slice(header.length));
    expect(bodies.join('\r\n')).toBe(cleaned.slice(header.length));
  });

  it('makes the same parts from the bytes of a file, its spans in bytes', () => {
    const lines = ['Name,Notes,Email'];
    for (let i = 0; i < 25; i++) lines.push(`Zoë ${i},"naïve ☃ 𝄞 ${i}",z${i}@example.com`);
    const result = check(csv(...lines), { limits: { maxRows: 10 } });
    const bytes = new TextEncoder().encode(result.cleaned ?? '');
    const joinBytes = (header: Uint8Array, body: Uint8Array) =>
      new Uint8Array([...header, ...body]);
    const parts = partsFrom(bytes, inBytes(result.cleaned ?? '', result.partSpans), joinBytes);
    expect(parts.map((part) => new TextDecoder().decode(part))).toEqual(partTexts(result));
    expect(parts).toHaveLength(3);
  });

  it('makes none for a file that needs no split', () => {
    const result = check(csv('Name,Email', 'Ann,ann@example.com'));
    expect(partsFrom(result.cleaned ?? '', result.partSpans, joinText)).toEqual([]);
  });
});

describe('the rejected file', () => {
  it('comes in pieces that make one CSV, each after the first starting a new line', () => {
    const rows = 10_000;
    const result = check(`Email\n${'bad\n'.repeat(rows)}`);
    const pieces = result.rejected ?? [];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.slice(1).every((piece) => piece.startsWith('\r\n'))).toBe(true);
    const lines = Papa.parse<string[]>(pieces.join(''), { newline: '\r\n' }).data;
    expect(lines).toHaveLength(rows + 1);
    expect(lines[rows]).toEqual([
      String(rows + 1),
      '1008 Failed validation of Email (Email)',
      'bad',
    ]);
  });

  it("names each reason by code, name and column, never by the row's value", () => {
    const long = `${'x'.repeat(10_000)}@`;
    const result = check(csv('Email,Phone', `${long},`, 'b@,+1 202 555 0147'));
    const lines = Papa.parse<string[]>(rejectedText(result) ?? '', { newline: '\r\n' }).data;
    expect(lines.map((line) => line[1])).toEqual([
      'Preflight reason',
      '1008 Failed validation of Email (Email)',
      '1008 Failed validation of Email (Email)',
    ]);
    // The value is in its own cell once: the line is the value and a few dozen characters.
    expect((rejectedText(result) ?? '').length).toBeLessThan(long.length + 200);
  });

  it('joins the reasons of a row that is skipped for several', () => {
    const result = check(csv('Email,Contact Id', 'bad,abc', 'worse,abc'));
    expect(rejectedText(result)).toContain(
      '\r\n3,1008 Failed validation of Email (Email) | 1012 Duplicate Contact ID in the file (Contact Id),worse,abc',
    );
  });
});
