import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowBytes, rowsAsText, rowsFromText, TextRows } from '../../../utils/rows/text-rows';

/** Values a hostile file may hold: the rows text's own separators and escape among them. */
const hostileValue = fc.oneof(
  fc.string({ unit: fc.constantFrom('\u001f', '\u001e', '\u0010', '0', '1', '2', '"', '\n', ',') }),
  fc.string({ unit: 'binary' }),
);
const hostileRows = fc.array(fc.array(hostileValue, { maxLength: 6 }), { maxLength: 8 });
const textRowsOf = (rows: string[][]) => {
  const { bytes, starts } = rowBytes(rowsAsText(rows), rows.length);
  return new TextRows(bytes, starts);
};

describe('rows as text', () => {
  it('gives back any rows exactly: empty rows and values, separators inside values', () => {
    fc.assert(
      fc.property(hostileRows, (rows) => {
        expect(rowsFromText(rowsAsText(rows), rows.length)).toEqual(rows);
      }),
    );
  });

  it('tells no rows, one row of no values and one empty value apart', () => {
    for (const rows of [[], [[]], [['']], [[], []], [[''], []]])
      expect(rowsFromText(rowsAsText(rows), rows.length)).toEqual(rows);
  });

  it('reads any row alone, as the rows were', () => {
    fc.assert(
      fc.property(hostileRows, (rows) => {
        const read = textRowsOf(rows);
        expect(read.length).toBe(rows.length);
        rows.forEach((row, index) => {
          const values = read.at(index);
          expect(row.map((_, column) => values?.at(column))).toEqual(row);
          expect(values?.at(row.length)).toBeUndefined();
        });
        // Read from the far end first: the values found on the way are the same.
        const again = textRowsOf(rows);
        rows.forEach((row, index) => {
          const values = again.at(index);
          expect(row.map((_, column) => values?.at(row.length - 1 - column)).reverse()).toEqual(
            row,
          );
        });
      }),
    );
  });

  it('reads the values of long rows in any order, far ones first too', () => {
    const longRow = fc.array(hostileValue, { minLength: 1, maxLength: 300, size: 'max' });
    fc.assert(
      fc.property(
        fc.array(longRow, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(320), { maxLength: 40 }),
        (rows, columns) => {
          const read = textRowsOf(rows);
          rows.forEach((row, index) => {
            for (const column of columns) expect(read.at(index)?.at(column)).toBe(row[column]);
            expect(row.map((_, column) => read.at(index)?.at(column))).toEqual(row);
          });
        },
      ),
    );
  });

  it('reads nothing outside the rows', () => {
    const read = textRowsOf([['a'], ['b']]);
    for (const index of [-1, 2, 0.5, Number.NaN]) {
      expect(read.at(index)).toBeUndefined();
      expect(read.at(0)?.at(index)).toBeUndefined();
    }
    expect(textRowsOf([]).length).toBe(0);
  });
});
