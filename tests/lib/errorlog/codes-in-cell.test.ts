import { describe, expect, it } from 'vitest';
import { CODES } from '../../../lib/highlevel/codes';
import { ERROR_LOG, type HighLevelCode } from '../../../lib/highlevel/error-log';
import { codesInCell } from '../../../lib/errorlog/codes-in-cell';

const ALL = Object.keys(ERROR_LOG) as HighLevelCode[];

describe('codesInCell', () => {
  it('knows every code of the article, 1001 to 1024', () => {
    expect(ALL).toEqual(Array.from({ length: 24 }, (_, i) => String(1001 + i)));
  });

  it.each(ALL)('reads %s by number, by each of its names, and by both', (code) => {
    expect(codesInCell(code)).toEqual([code]);
    for (const name of [...ERROR_LOG[code].names, CODES[code].name]) {
      expect(codesInCell(name)).toEqual([code]);
      expect(codesInCell(`${code} - ${name}`)).toEqual([code]);
      expect(codesInCell(`${name.toUpperCase()} (${code})`)).toEqual([code]);
    }
  });

  it('reads several codes in one cell, in any separators, each once', () => {
    expect(
      codesInCell('1013 - Could not parse the phone number | 1014 - Could not parse the date'),
    ).toEqual(['1013', '1014']);
    expect(codesInCell('1013; 1014;1013')).toEqual(['1013', '1014']);
    expect(codesInCell('Error code 1008 and error code 1009')).toEqual(['1008', '1009']);
    expect(codesInCell('Could not parse the date\nFailed validation of Email')).toEqual([
      '1014',
      '1008',
    ]);
  });

  it('keeps a name that itself names other codes whole', () => {
    expect(codesInCell('Location does not allow duplicate contacts - use 1010 & 1011')).toEqual([
      '1017',
    ]);
  });

  it('says a cell that holds anything else is not an error cell', () => {
    for (const cell of [
      '',
      'Error',
      'ann@example.com',
      '1000',
      '1025',
      '10130',
      'Row 1013',
      'Could not parse',
      '1013 Smith St',
    ]) {
      expect(codesInCell(cell)).toBeNull();
    }
  });
});
