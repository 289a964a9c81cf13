import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../../lib/report';
import type { Change } from '../../../lib/types';
import {
  fromBase64,
  gzip,
  pack,
  toBase64,
  unpack,
  unpackRows,
  unpackWithRowsText,
} from '../../../utils/db/archive';
import { lzDecompress } from '../../../utils/db/lz';
import { rowsAsText } from '../../../utils/rows/text-rows';
import { check, csv } from '../../helpers';

/** Every shape the writer knows: a rejected row, a blank row omitted, a dropped column, a column
 * added, a cell split into rows of its own, a formula and a quoted value. */
const EVERY_SHAPE = csv(
  'First Name,Email,Phone,Phone 2,Notes',
  'Ann,ann@example.com,2025550147,2025550148,"says ""hi"", twice"',
  ',,,,',
  'Bob,not-an-email,,,=1+2',
  'Jack,"jack@example.com; jo@example.com",(419) 503-2484,,',
);

const stored = async (data: Uint8Array) => unpack(data as Uint8Array<ArrayBuffer>);
const storedText = (data: Uint8Array) => new TextDecoder().decode(lzDecompress(data));

describe('pack and unpack', () => {
  it.each([
    ['extra columns', { severalValues: 'additional-columns' as const }],
    ['extra rows', { severalValues: 'extra-rows' as const }],
  ])('gives back what was checked, the files written again identical (%s)', async (_, settings) => {
    const result = check(EVERY_SHAPE, settings);
    // The file exercises every part of the layout, so a part lost in storage would show.
    expect(result.rejected).not.toBeNull();
    expect(result.report.changes.length).toBeGreaterThan(0);
    expect(result.layout!.omitted.size).toBeGreaterThan(0);
    expect(result.layout!.droppedColumns.size).toBeGreaterThan(0);
    if (settings.severalValues === 'extra-rows')
      expect(result.layout!.extraRows.size).toBeGreaterThan(0);
    else expect(result.layout!.addedColumns.length).toBeGreaterThan(0);

    const back = await stored(await pack(result));
    expect(back.cleaned).toBe(result.cleaned);
    expect(back.rejected).toEqual(result.rejected);
    expect(back.rows).toEqual(result.rows);
    expect(back.firstRowNumber).toBe(result.firstRowNumber);
    expect(back.report).toEqual(result.report);
  });

  it('reads a report and its rows alone, without writing its files again', async () => {
    const result = check(EVERY_SHAPE);
    const packed = (await pack(result)) as Uint8Array<ArrayBuffer>;
    const { report, rows, firstRowNumber } = await stored(packed);
    expect(await unpackRows(packed)).toEqual({ report, rows, firstRowNumber });
    const old = await gzip(
      new Blob([JSON.stringify({ ...result, cleaned: 'a', rejected: 'b', layout: undefined })]),
    );
    expect(await unpackRows(old as Uint8Array<ArrayBuffer>)).toEqual({
      report: result.report,
      rows: result.rows,
      firstRowNumber: result.firstRowNumber,
    });
  });

  it('gives the rows as their text too: kept so, or joined for an older body', async () => {
    const result = check(EVERY_SHAPE);
    const packed = (await pack(result)) as Uint8Array<ArrayBuffer>;
    const { rowsText, ...outcome } = await unpackWithRowsText(packed);
    expect(outcome).toEqual(await stored(packed));
    expect(rowsText).toBe(rowsAsText(result.rows ?? []));
    const old = await gzip(
      new Blob([JSON.stringify({ ...result, cleaned: 'a', rejected: 'b', layout: undefined })]),
    );
    const fromOld = await unpackWithRowsText(old as Uint8Array<ArrayBuffer>);
    expect(fromOld.rowsText).toBe(rowsAsText(result.rows ?? []));
    const unread = check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const unreadBody = (await pack(unread)) as Uint8Array<ArrayBuffer>;
    expect((await unpackWithRowsText(unreadBody)).rowsText).toBeNull();
  });

  it('stores the rows once: neither the cleaned nor the rejected file is in the body', async () => {
    const result = check(csv('Email,Notes', 'a@example.com,a note long enough to find'));
    const text = storedText(await pack(result));
    expect(text).toContain('a note long enough to find');
    expect(text).not.toContain(result.cleaned);
    expect(text).not.toMatch(/"(cleaned|rejected)"/);
  });

  it('keeps a file that was not read as text: no rows, no files', async () => {
    const result = check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(result.rows).toBeNull();
    const back = await stored(await pack(result));
    expect(back).toMatchObject({ rows: null, cleaned: null, rejected: null });
    expect(back.report).toEqual(result.report);
  });

  it('still opens a body of the first format, files stored as text, its report upgraded', async () => {
    const result = check(EVERY_SHAPE);
    const report: ReportV1 = {
      ...result.report,
      version: 1,
      issues: result.report.issues.map(({ reason: _r, params: _p, text: _t, ...issue }) => ({
        ...issue,
        message: 'As it was written.',
      })),
    };
    // The files as stored, so they are shown as they were even if the writer changes since.
    const old = {
      report,
      cleaned: 'a,b\r\n1,2',
      rejected: 'x',
      rows: result.rows,
      firstRowNumber: 2,
    };
    const back = await stored(await gzip(new Blob([JSON.stringify(old)])));
    expect(back).toMatchObject({ cleaned: 'a,b\r\n1,2', rejected: ['x'], rows: result.rows });
    expect(back.report.version).toBe(2);
    expect(back.report.issues[0]).toMatchObject({ text: 'As it was written.' });
  });
});

/** Values a hostile file may hold: the rows text's own separators and escape among them. */
const hostileValue = fc.oneof(
  fc.string({ unit: fc.constantFrom('\u001f', '\u001e', '\u0010', '0', '1', '2', '"', '\n', ',') }),
  fc.string({ unit: 'binary' }),
);
const hostileRows = fc.array(fc.array(hostileValue, { maxLength: 6 }), { maxLength: 8 });
const hostileChange: fc.Arbitrary<Change> = fc.record({
  row: fc.integer({ min: 0, max: 1_000_000 }),
  column: hostileValue,
  code: hostileValue,
  before: hostileValue,
  after: hostileValue,
});

describe('the kept body', () => {
  it('gives back any rows and changes exactly', async () => {
    const result = check(EVERY_SHAPE);
    await fc.assert(
      fc.asyncProperty(hostileRows, fc.array(hostileChange), async (rows, changes) => {
        const kept = { ...result, rows, report: { ...result.report, changes } };
        const back = await unpackRows((await pack(kept)) as Uint8Array<ArrayBuffer>);
        expect(back.rows).toEqual(rows);
        expect(back.report.changes).toEqual(changes);
      }),
      { numRuns: 50 },
    );
  });

  it('still opens a body of the second format: the rows as JSON, changes as columns', async () => {
    const result = check(EVERY_SHAPE);
    const { changes } = result.report;
    const layout = result.layout!;
    const old = {
      format: 2,
      report: { ...result.report, changes: [] },
      changes: {
        row: changes.map((change) => change.row),
        column: changes.map((change) => change.column),
        code: changes.map((change) => change.code),
        before: changes.map((change) => change.before),
        after: changes.map((change) => change.after),
      },
      rows: result.rows,
      firstRowNumber: result.firstRowNumber,
      layout: {
        addedColumns: layout.addedColumns,
        omitted: [...layout.omitted],
        droppedColumns: [...layout.droppedColumns],
        extraRows: [...layout.extraRows],
      },
    };
    const body = await gzip(new Blob([JSON.stringify(old)]));
    const back = await stored(body);
    expect(back).toMatchObject({ cleaned: result.cleaned, rejected: result.rejected });
    expect(back.rows).toEqual(result.rows);
    expect(back.report).toEqual(result.report);
    expect(await unpackRows(body as Uint8Array<ArrayBuffer>)).toEqual({
      report: result.report,
      rows: result.rows,
      firstRowNumber: result.firstRowNumber,
    });
  });
});

describe('base64', () => {
  it('encodes as the platform does, at every length, and decodes back', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256);
    for (let length = 0; length <= 300; length++) {
      const slice = bytes.subarray(0, length);
      const text = toBase64(slice);
      expect(text).toBe(Buffer.from(slice).toString('base64'));
      expect(fromBase64(text)).toEqual(new Uint8Array(slice));
    }
  });
});
