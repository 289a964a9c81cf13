import { describe, expect, it } from 'vitest';
import { sniff } from '../../../../lib/read/sniff';
import { fixture, enc, bytes, concat, utf16le, utf16be, random } from './files';

describe('sniff: text', () => {
  it.each([
    'csv-parser/bench/latin.csv',
    'csv-parser/bench/utf8.csv',
    'csv-parser/bench/utf16.csv',
    'csv-parser/bench/utf16-big.csv',
    'csv-parser/bench/mac-newlines.csv',
    'commons-csv/CSVFileParser/bom.csv',
    'commons-csv/CSV-196/emoji.csv',
    'commons-csv/CSV-196/japanese.csv',
  ])('%s is text', (path) => {
    expect(sniff(fixture(path))).toEqual({ kind: 'text' });
  });

  it('takes UTF-16 without a byte-order mark for text, not binary', () => {
    const csv = 'First Name,Email\r\nAna,ana@example.com\r\nBo,bo@example.com\r\n';
    expect(sniff(utf16le(csv))).toEqual({ kind: 'text' });
    expect(sniff(utf16be(csv))).toEqual({ kind: 'text' });
  });

  it('takes a Windows-1252 file with smart quotes and é for text', () => {
    const file = concat(
      enc('Name,Note\r\nRen'),
      bytes(0xe9),
      enc(','),
      bytes(0x93),
      enc('VIP'),
      bytes(0x94, 0x0d, 0x0a),
    );
    expect(sniff(file)).toEqual({ kind: 'text' });
  });

  it('does not mistake text that starts like a signature for that format', () => {
    expect(sniff(enc('BMW,Model,Owner\nX5,2020,Ana\n'))).toEqual({ kind: 'text' });
    expect(sniff(enc('PK,Name\n1,Ana\n'))).toEqual({ kind: 'text' });
    expect(sniff(enc('GIF,Name\n1,Ana\n'))).toEqual({ kind: 'text' });
    expect(sniff(enc('<Name>,Email\nAna,ana@example.com\n'))).toEqual({ kind: 'text' });
    expect(sniff(enc('[Name],[Email]\nAna,ana@example.com\n'))).toEqual({ kind: 'text' });
  });

  it('keeps text with a few NULs, vertical tabs, or NUL padding at the end', () => {
    expect(sniff(enc('Name,Email\nAna\0,ana@example.com\n'.repeat(20)))).toEqual({ kind: 'text' });
    expect(sniff(enc('Name,Notes\nAna,"line one\x0bline two"\n'))).toEqual({ kind: 'text' });
    expect(sniff(concat(enc('Name,Email\nAna,ana@example.com\n'), new Uint8Array(4000)))).toEqual({
      kind: 'text',
    });
  });
});
describe('sniff: empty files (1007)', () => {
  it.each([
    ['0 bytes', bytes(), { bom: false, bytes: 0, zeros: 0 }],
    ['a UTF-8 byte-order mark', bytes(0xef, 0xbb, 0xbf), { bom: true, bytes: 0, zeros: 0 }],
    ['a UTF-16LE byte-order mark', bytes(0xff, 0xfe), { bom: true, bytes: 0, zeros: 0 }],
    ['a UTF-16BE byte-order mark', bytes(0xfe, 0xff), { bom: true, bytes: 0, zeros: 0 }],
    [
      'a byte-order mark and line breaks',
      bytes(0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x0d, 0x0a),
      { bom: true, bytes: 4, zeros: 0 },
    ],
    [
      'UTF-16 spaces',
      concat(bytes(0xff, 0xfe), utf16le('  \r\n')),
      { bom: true, bytes: 8, zeros: 4 },
    ],
    ['NUL bytes', new Uint8Array(4096), { bom: false, bytes: 4096, zeros: 4096 }],
    ['spaces and blank lines', enc('   \r\n\r\n\t \n'), { bom: false, bytes: 10, zeros: 0 }],
    ['blank space and NULs', enc('\n\0\0 \0'), { bom: false, bytes: 5, zeros: 3 }],
  ])('%s', (_, file, counts) => {
    expect(sniff(file)).toEqual({ kind: 'empty', ...counts });
  });

  it('is not empty when the first non-blank byte comes late', () => {
    const file = concat(new Uint8Array(100_000).fill(0x20), enc('Name\nAna\n'));
    expect(sniff(file)).toEqual({ kind: 'text' });
  });
});
describe('sniff: binary (1001)', () => {
  it('random bytes are binary', () => {
    const kind = sniff(random(1).bytes(8192));
    expect(kind).toMatchObject({ kind: 'binary', unit: 'byte', sampled: 8192 });
    if (kind.kind === 'binary') expect(kind.zeros).toBeGreaterThan(0);
  });

  it('an executable header with NULs is binary', () => {
    const elf = concat(
      bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0),
      new Uint8Array(56),
      random(2).bytes(2000),
    );
    expect(sniff(elf).kind).toBe('binary');
  });

  it('NULs as more than a tenth of the bytes are binary, even with no other control character', () => {
    const file = enc('Ana\0\0\0\0\0\0\0,ana@example.com\n'.repeat(50));
    const kind = sniff(file);
    expect(kind.kind).toBe('binary');
    if (kind.kind === 'binary') expect(kind.zeros).toBeGreaterThan(0);
  });

  it('many control characters without NULs are binary', () => {
    const file = Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(sniff(file)).toEqual({
      kind: 'binary',
      unit: 'byte',
      sampled: 1000,
      controls: 334,
      zeros: 0,
    });
  });

  it('UTF-16 that holds control characters is binary', () => {
    const units = Array.from({ length: 500 }, (_, i) => (i % 4 === 0 ? '\u0002' : 'a')).join('');
    expect(sniff(concat(bytes(0xff, 0xfe), utf16le(units))).kind).toBe('binary');
  });
});
