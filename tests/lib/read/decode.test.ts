import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byteOrderMark, decode, guessUtf16 } from '../../../lib/read/decode';

const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** WHATWG index-windows-1252 for 0x80-0x9F, written out independently of the module's table. */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

describe('decode: csv-parser bench fixtures', () => {
  it('reads latin.csv (ISO-8859-1) as windows-1252 with the © intact', () => {
    const d = decode(fixture('csv-parser/bench/latin.csv'));
    expect(d).toEqual({ text: 'a,b,c\n1,2,3\n4,5,©', encoding: 'windows-1252', bom: false });
  });

  it('reads utf8.csv as UTF-8', () => {
    expect(decode(fixture('csv-parser/bench/utf8.csv'))).toEqual({
      text: 'a,b,c\n1,2,3\n4,5,ʤ',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads utf16.csv as UTF-16LE and strips its byte-order mark', () => {
    expect(decode(fixture('csv-parser/bench/utf16.csv'))).toEqual({
      text: 'a,b,c\n1,2,3\n4,5,ʤ',
      encoding: 'utf-16le',
      bom: true,
    });
  });

  it('reads utf16-big.csv as UTF-16BE and strips its byte-order mark', () => {
    expect(decode(fixture('csv-parser/bench/utf16-big.csv'))).toEqual({
      text: 'a,b,c\n1,2,3\n4,5,ʤ',
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('keeps the bare CR line endings of mac-newlines.csv', () => {
    const d = decode(fixture('csv-parser/bench/mac-newlines.csv'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('a,b,c\r1,2,3\r"Once upon\ra time",5,6\r');
  });
});

describe('decode: commons-csv fixtures', () => {
  it('strips the UTF-8 byte-order mark of bom.csv', () => {
    const raw = fixture('commons-csv/CSVFileParser/bom.csv');
    const d = decode(raw);
    expect(d.encoding).toBe('utf-8');
    expect(d.bom).toBe(true);
    expect(d.text.startsWith('Date, Open, High, Low, Close, Volume\n')).toBe(true);
    expect(d.text).toBe(Buffer.from(raw.subarray(3)).toString('utf8'));
  });

  it('reads CSV-196 emoji.csv (4-byte UTF-8) exactly', () => {
    const raw = fixture('commons-csv/CSV-196/emoji.csv');
    const d = decode(raw);
    expect(d).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(d.text).toContain('1,😄😄😄😄😄😄😄😄😄😄,');
    expect(d.text).toBe(Buffer.from(raw).toString('utf8'));
  });

  it('reads CSV-196 japanese.csv exactly', () => {
    const raw = fixture('commons-csv/CSV-196/japanese.csv');
    const d = decode(raw);
    expect(d).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(d.text).toContain('きちんと節分近くには咲いてる。自然の力ってすごいな～');
    expect(d.text).toBe(Buffer.from(raw).toString('utf8'));
  });
});

describe('decode: Windows-1252', () => {
  it('reads “smart quotes” (0x93/0x94), é (0xE9), € (0x80) and – (0x96)', () => {
    const file = bytes(
      ...Buffer.from('Name,Note\r\nRen', 'latin1'),
      0xe9,
      ...Buffer.from(',', 'latin1'),
      0x93,
      ...Buffer.from('VIP', 'latin1'),
      0x94,
      0x20,
      0x96,
      0x20,
      0x80,
      ...Buffer.from('5\r\n', 'latin1'),
    );
    expect(decode(file)).toEqual({
      text: 'Name,Note\r\nRené,“VIP” – €5\r\n',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('maps every byte as the WHATWG Encoding Standard does (whatever the runtime decoder does)', () => {
    // 0x00-0x7F would make the file valid UTF-8 on their own; 0xFF forces windows-1252.
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const d = decode(all);
    expect(d.encoding).toBe('windows-1252');
    const expected =
      String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i)) +
      WINDOWS_1252_80_9F +
      String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i));
    expect(d.text).toBe(expected);
  });

  it('keeps a leading 0xFF byte (Node drops it when the decoder ignores BOMs)', () => {
    expect(decode(bytes(0xff, 0x41, 0x80))).toEqual({
      text: 'ÿA€',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('reads UTF-8 text that has one invalid byte late in the file as windows-1252', () => {
    const file = concat(new Uint8Array(Buffer.from('Name\nZoë\n'.repeat(1000))), bytes(0xe9));
    const d = decode(file);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.startsWith('Name\nZoÃ«\n')).toBe(true); // what the bytes are in windows-1252
    expect(d.text.endsWith('é')).toBe(true);
    expect(d.text.length).toBe(file.length);
  });
});

describe('decode: byte-order marks and UTF-16 without one', () => {
  it.each([
    ['UTF-8', bytes(0xef, 0xbb, 0xbf), 'utf-8'],
    ['UTF-16LE', bytes(0xff, 0xfe), 'utf-16le'],
    ['UTF-16BE', bytes(0xfe, 0xff), 'utf-16be'],
  ] as const)('a file of only a %s mark is empty text', (_, file, encoding) => {
    expect(decode(file)).toEqual({ text: '', encoding, bom: true });
  });

  it('strips one mark and keeps a second (a file saved twice with a mark)', () => {
    const d = decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61));
    expect(d).toEqual({ text: '\uFEFFa', encoding: 'utf-8', bom: true });
  });

  it('replaces invalid bytes after a UTF-8 mark instead of switching encoding', () => {
    const d = decode(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62));
    expect(d).toEqual({ text: 'a\uFFFDb', encoding: 'utf-8', bom: true });
  });

  it('detects UTF-16LE and UTF-16BE without a mark from their NUL bytes', () => {
    const text = 'First Name,Last Name,Email\r\nJosé,Núñez,jose@example.com\r\n';
    expect(decode(utf16le(text))).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decode(utf16be(text))).toEqual({ text, encoding: 'utf-16be', bom: false });
  });

  it('does not take UTF-8 or windows-1252 text for UTF-16', () => {
    expect(guessUtf16(new Uint8Array(Buffer.from('a,b\n1,2\n')))).toBeNull();
    expect(guessUtf16(fixture('csv-parser/bench/latin.csv'))).toBeNull();
    expect(guessUtf16(fixture('commons-csv/CSV-196/japanese.csv'))).toBeNull();
    expect(guessUtf16(new Uint8Array(4096))).toBeNull(); // all NUL: neither side stands out
  });

  it('does not throw on an odd number of UTF-16 bytes', () => {
    const d = decode(concat(bytes(0xff, 0xfe), utf16le('ab'), bytes(0x63)));
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe('ab\uFFFD');
  });

  it('tells byte-order marks apart', () => {
    expect(byteOrderMark(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(byteOrderMark(bytes(0xff, 0xfe))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(byteOrderMark(bytes(0xfe, 0xff))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(byteOrderMark(bytes(0xef, 0xbb))).toBeNull();
    expect(byteOrderMark(bytes())).toBeNull();
  });

  it('decodes an empty file as empty UTF-8', () => {
    expect(decode(bytes())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});

describe('decode: work done on large files', () => {
  afterEach(() => vi.restoreAllMocks());

  const countDecodes = (file: Uint8Array) => {
    decode(Uint8Array.of(0xff)); // the first windows-1252 decode also tests the runtime's decoder once
    const spy = vi.spyOn(TextDecoder.prototype, 'decode');
    const d = decode(file);
    const calls = spy.mock.calls.length;
    spy.mockRestore();
    return { d, calls };
  };

  it('decodes valid UTF-8 once, and windows-1252 at most twice', () => {
    const row = 'Zoë,Ångström,zoe@example.com,+18102929388\n';
    const utf8 = new Uint8Array(Buffer.from(row.repeat(50_000)));
    expect(countDecodes(utf8).calls).toBe(1);
    const cp1252 = new Uint8Array(Buffer.from(row.repeat(50_000), 'latin1'));
    const { d, calls } = countDecodes(cp1252);
    expect(d.encoding).toBe('windows-1252');
    expect(calls).toBe(2);
    expect(countDecodes(utf16le(row.repeat(1000))).calls).toBe(1);
  });

  it('decodes a 30 MB windows-1252 file correctly', () => {
    const row = Buffer.from('Ren\xe9,\x93VIP\x94,rene@example.com\n', 'latin1');
    const file = new Uint8Array(30 * 1024 * 1024);
    for (let at = 0; at + row.length <= file.length; at += row.length) file.set(row, at);
    const d = decode(file);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.length).toBe(file.length);
    expect(d.text.startsWith('René,“VIP”,rene@example.com\n')).toBe(true);
  });
});
