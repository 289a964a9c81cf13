import { describe, expect, it } from 'vitest';
import { readErrorLog, type ErrorLog } from '../../../lib/errorlog/read-log';

const bytes = (text: string) => new TextEncoder().encode(text);

function read(text: string | Uint8Array): ErrorLog {
  const result = readErrorLog(typeof text === 'string' ? bytes(text) : text);
  if (!result.ok) throw new Error(result.message);
  return result.log;
}

describe('readErrorLog', () => {
  it('reads codes with the row numbers of the imported file', () => {
    const log = read('Row,Error Code\n2,1013\n5,1008\n');
    expect(log.rowColumn).toBe(0);
    expect(log.errorColumns).toEqual([1]);
    expect(log.rows.map(({ line, row, codes }) => ({ line, row, codes }))).toEqual([
      { line: 2, row: 2, codes: ['1013'] },
      { line: 3, row: 5, codes: ['1008'] },
    ]);
  });

  it('reads names only, in any column, without row numbers, with the contact beside them', () => {
    const log = read(
      'Email,Error,First Name,Phone\nbob@,Failed validation of Email,Bob,\nann@example.com,Could not parse the phone number,Ann,555-01\n',
    );
    expect(log.rowColumn).toBeNull();
    expect(log.rows.map(({ row, codes, contact }) => ({ row, codes, contact }))).toEqual([
      { row: null, codes: ['1008'], contact: { email: 'bob@', firstName: 'Bob' } },
      {
        row: null,
        codes: ['1013'],
        contact: { email: 'ann@example.com', firstName: 'Ann', phone: '555-01' },
      },
    ]);
  });

  it('reads several codes a cell in a semicolon-separated log', () => {
    const log = read(
      'Line;Errors;Email\r\n3;"1013 - Could not parse the phone number | 1014 - Could not parse the date";a@example.com\r\n',
    );
    expect(log.rows[0]).toMatchObject({ row: 3, codes: ['1013', '1014'] });
  });

  it('joins a code column and a name column', () => {
    const log = read('Error Code,Error Message\n1013,Could not parse the date\n');
    expect(log.errorColumns).toEqual([0, 1]);
    expect(log.rows[0]?.codes).toEqual(['1013', '1014']);
  });

  it('reads a log without a header row', () => {
    const log = read('1008,bob@\n1009,\n');
    expect(log.header).toEqual(['Column 1', 'Column 2']);
    expect(log.rows.map(({ line, codes }) => [line, codes])).toEqual([
      [1, ['1008']],
      [2, ['1009']],
    ]);
  });

  it('reads UTF-16 with a byte-order mark, as a spreadsheet may save it', () => {
    const text = 'Row\tError\n7\tInvalid contact ID\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(read(utf16).rows[0]).toMatchObject({ row: 7, codes: ['1006'] });
  });

  it('does not take row numbers that look like codes for codes', () => {
    const log = read('Row,Error\n1013,1008\n1014,1008\n');
    expect(log.errorColumns).toEqual([1]);
    expect(log.rows.map(({ row, codes }) => [row, codes])).toEqual([
      [1013, ['1008']],
      [1014, ['1008']],
    ]);
  });

  it('tells the rows that name no code apart', () => {
    const log = read('Row,Error\n2,1008\n3,\n4,1013\n');
    expect(log.rows.map(({ line }) => line)).toEqual([2, 4]);
    expect(log.withoutCode).toEqual([3]);
  });

  it('says a file that names no code is not an error log', () => {
    for (const file of ['First Name,Email\nAnn,ann@example.com\n', '', 'Error\n\n']) {
      const result = readErrorLog(bytes(file));
      expect(result).toMatchObject({ ok: false });
      expect(!result.ok && result.message).toMatch(/not an import error log/);
    }
  });

  it('says a file that is not text is not an error log', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(0)]);
    expect(readErrorLog(zip)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The file is not text/),
    });
  });
});
