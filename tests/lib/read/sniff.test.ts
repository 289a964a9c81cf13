import { readFileSync } from 'node:fs';
import { deflateSync, gzipSync, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniff, type FileKind, type OtherFormat } from '../../../lib/read/sniff';

const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

const enc = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

/** Deterministic pseudo-random bytes (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    bytes: (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256)),
  };
}

// ---------------------------------------------------------------------------------------------
// A minimal zip writer (APPNOTE.TXT): local headers, central directory, end record.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface ZipInput {
  name: string;
  data: string | Uint8Array;
  /** Store with DEFLATE (method 8) instead of storing as is. */
  deflate?: boolean;
}

function makeZip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? enc(e.data) : e.data;
    const body = e.deflate ? deflateSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

function workbookXml(names: string[], prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const sheets = names
    .map((n, i) => `<${p}sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook xmlns${prefix ? `:${prefix}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}bookViews><${p}workbookView/></${p}bookViews><${p}sheets>${sheets}</${p}sheets></${p}workbook>`;
}

function xlsx(names: string[], options: { deflate?: boolean; workbook?: string | null } = {}) {
  const entries: ZipInput[] = [{ name: '[Content_Types].xml', data: CONTENT_TYPES }];
  if (options.workbook !== null) {
    entries.push({
      name: 'xl/workbook.xml',
      data: options.workbook ?? workbookXml(names),
      deflate: options.deflate,
    });
  }
  names.forEach((_, i) =>
    entries.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: '<worksheet/>' }),
  );
  entries.push({ name: 'xl/worksheets/_rels/sheet1.xml.rels', data: '<Relationships/>' });
  return makeZip(entries);
}

// ---------------------------------------------------------------------------------------------
// A minimal OLE2 compound file writer ([MS-CFB], version 3, 512-byte sectors).

const END = 0xfffffffe;
const FREE = 0xffffffff;

interface OleStream {
  name: string;
  data: Uint8Array;
}

/**
 * Sector 0 is the FAT, sector 1 the directory, then the streams. Streams under 4096 bytes go
 * to the mini stream (64-byte sectors) with a mini FAT, as the format requires.
 */
function makeOle(streams: OleStream[]): Uint8Array {
  const S = 512;
  const sectors: Buffer[] = [];
  const fat: number[] = [0xfffffffd, END];
  const chainOf = (data: Uint8Array): number => {
    const count = Math.max(1, Math.ceil(data.length / S));
    const first = 2 + sectors.length;
    for (let i = 0; i < count; i++) {
      const sector = Buffer.alloc(S);
      sector.set(data.subarray(i * S, (i + 1) * S));
      sectors.push(sector);
      fat.push(i === count - 1 ? END : first + i + 1);
    }
    return first;
  };
  const small = streams.filter((s) => s.data.length < 4096);
  const large = streams.filter((s) => s.data.length >= 4096);
  const starts = new Map<string, number>();
  for (const s of large) starts.set(s.name, chainOf(s.data));
  const miniParts: Buffer[] = [];
  const miniFat: number[] = [];
  for (const s of small) {
    const count = Math.max(1, Math.ceil(s.data.length / 64));
    const first = miniFat.length;
    for (let i = 0; i < count; i++) {
      const sector = Buffer.alloc(64);
      sector.set(s.data.subarray(i * 64, (i + 1) * 64));
      miniParts.push(sector);
      miniFat.push(i === count - 1 ? END : first + i + 1);
    }
    starts.set(s.name, first);
  }
  let miniStreamStart = END;
  let miniFatStart = END;
  const miniStream = Buffer.concat(miniParts);
  if (small.length > 0) {
    miniStreamStart = chainOf(miniStream);
    const table = Buffer.alloc(Math.ceil((miniFat.length * 4) / S) * S, 0xff);
    miniFat.forEach((v, i) => table.writeUInt32LE(v, i * 4));
    miniFatStart = chainOf(table);
  }
  const entry = (name: string, type: number, start: number, size: number, child = FREE) => {
    const e = Buffer.alloc(128);
    e.write(name, 0, 'utf16le');
    e.writeUInt16LE((name.length + 1) * 2, 0x40);
    e[0x42] = type;
    e.writeUInt32LE(FREE, 0x44); // left sibling
    e.writeUInt32LE(FREE, 0x48); // right sibling
    e.writeUInt32LE(child, 0x4c);
    e.writeUInt32LE(start, 0x74);
    e.writeUInt32LE(size, 0x78);
    return e;
  };
  const dir = [entry('Root Entry', 5, miniStreamStart, miniStream.length, 1)];
  streams.forEach((s) => dir.push(entry(s.name, 2, starts.get(s.name) ?? END, s.data.length)));
  while (dir.length % 4 !== 0) dir.push(Buffer.alloc(128));
  if (dir.length > 4) throw new Error('test writer: one directory sector only');
  const fatSector = Buffer.alloc(S, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  const header = Buffer.alloc(S);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(miniFatStart, 0x3c);
  header.writeUInt32LE(small.length > 0 ? 1 : 0, 0x40);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);
  return new Uint8Array(Buffer.concat([header, fatSector, Buffer.concat(dir), ...sectors]));
}

function record(type: number, data: Uint8Array): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

/** A BIFF8 workbook globals substream: BOF, BOUNDSHEET records, EOF, padded to `size`. */
function biff8(
  sheets: { name: string; type?: number; wide?: boolean }[],
  options: { size?: number; encrypted?: boolean } = {},
) {
  const bof = Buffer.alloc(16);
  bof.writeUInt16LE(0x0600, 0);
  bof.writeUInt16LE(0x0005, 2);
  const records = [record(0x0809, bof)];
  if (options.encrypted) records.push(record(0x002f, Buffer.alloc(6)));
  for (const s of sheets) {
    const head = Buffer.alloc(8);
    head[5] = s.type ?? 0;
    head[6] = s.name.length;
    head[7] = s.wide ? 1 : 0;
    const name = Buffer.from(s.name, s.wide ? 'utf16le' : 'latin1');
    records.push(record(0x0085, Buffer.concat([head, name])));
  }
  records.push(record(0x000a, Buffer.alloc(0)));
  const stream = Buffer.concat(records);
  const out = Buffer.alloc(Math.max(stream.length, options.size ?? 0));
  stream.copy(out);
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------------------------

const expectOther = (kind: FileKind, format: OtherFormat) => {
  expect(kind).toEqual({ kind: 'other', format });
};

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

describe('sniff: xlsx workbooks', () => {
  it('the test zip writer makes zips that fflate can read', () => {
    const files = unzipSync(xlsx(['A', 'B'], { deflate: true }));
    expect(Object.keys(files)).toContain('xl/workbook.xml');
    expect(new TextDecoder().decode(files['xl/workbook.xml'])).toContain('<sheet name="B"');
  });

  it('reads the name of a one-sheet workbook', () => {
    expect(sniff(xlsx(['Contacts']))).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Contacts'],
    });
  });

  it('reads three sheet names, in order, from a deflated workbook.xml, unescaping entities', () => {
    const file = xlsx(['Contacts', 'Q&amp;A', 'Caf&#233; &lt;2024&gt;'], { deflate: true });
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Contacts', 'Q&A', 'Café <2024>'],
    });
  });

  it('reads sheet names written with a namespace prefix (x:sheet)', () => {
    const file = xlsx(['One', 'Two'], { workbook: workbookXml(['One', 'Two'], 'x') });
    expect(sniff(file)).toMatchObject({ sheets: ['One', 'Two'] });
  });

  it('reads a workbook zipped by fflate (deflated, as Excel writes it)', () => {
    const file = zipSync({
      '[Content_Types].xml': enc(CONTENT_TYPES),
      'xl/workbook.xml': enc(workbookXml(['Leads', 'Customers', 'Notes'])),
      'xl/worksheets/sheet1.xml': enc('<worksheet/>'),
      'xl/worksheets/sheet2.xml': enc('<worksheet/>'),
      'xl/worksheets/sheet3.xml': enc('<worksheet/>'),
    });
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Leads', 'Customers', 'Notes'],
    });
  });

  it('falls back to "Sheet 1".."Sheet N" from the sheet parts when workbook.xml is missing', () => {
    expect(sniff(xlsx(['a', 'b', 'c'], { workbook: null }))).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Sheet 1', 'Sheet 2', 'Sheet 3'],
    });
  });

  it('falls back to the sheet count when workbook.xml is damaged', () => {
    const file = xlsx(['a'], { deflate: true });
    const at = Buffer.from(file).indexOf('xl/workbook.xml') + 'xl/workbook.xml'.length;
    file.fill(0xff, at, at + 20); // corrupt the start of the deflate stream
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'xlsx', sheets: ['Sheet 1'] });
  });

  it('stops inflating at 8 MB (a zip bomb in workbook.xml) and falls back to the count', () => {
    const huge = workbookXml(['A', 'B']).replace(
      '<bookViews>',
      `<bookViews>${' '.repeat(9 * 1024 * 1024)}`,
    );
    const file = xlsx(['A', 'B'], { deflate: true, workbook: huge });
    expect(file.length).toBeLessThan(100_000);
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Sheet 1', 'Sheet 2'],
    });
  });

  it('still knows an xlsx whose end (central directory) was cut off', () => {
    const file = xlsx(['Contacts', 'Other']);
    const cut = file.subarray(0, Buffer.from(file).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(sniff(cut)).toEqual({ kind: 'workbook', format: 'xlsx', sheets: ['Contacts', 'Other'] });
  });

  it('reads an xlsx with bytes before the zip (self-extractor stub)', () => {
    const file = concat(enc('PK\x03\x04'), new Uint8Array(300), xlsx(['Contacts', 'Other']));
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Contacts', 'Other'],
    });
  });

  it('counts the sheets of an xlsb (binary workbook.bin)', () => {
    const file = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.bin', data: bytes(0x83, 0x01, 0x00) },
      { name: 'xl/worksheets/sheet1.bin', data: bytes(0) },
      { name: 'xl/worksheets/sheet2.bin', data: bytes(0) },
    ]);
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Sheet 1', 'Sheet 2'],
    });
  });
});

describe('sniff: other workbooks', () => {
  const contentXml = (names: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>${names
      .map(
        (n) =>
          `<table:table table:name="${n}" table:style-name="ta1"><table:table-column table:style-name="co1"/><table:table-row><table:table-cell/></table:table-row></table:table>`,
      )
      .join(
        '',
      )}<table:named-expressions><table:named-range table:name="Range1"/></table:named-expressions></office:spreadsheet></office:body></office:document-content>`;

  const ods = (names: string[], deflate = true) =>
    makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: contentXml(names), deflate },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>', deflate },
    ]);

  it('reads the sheet names of an ods', () => {
    expect(sniff(ods(['Sheet1']))).toEqual({ kind: 'workbook', format: 'ods', sheets: ['Sheet1'] });
    expect(sniff(ods(['Contacts', 'Donn&#xE9;es', 'Q&amp;A'], false))).toEqual({
      kind: 'workbook',
      format: 'ods',
      sheets: ['Contacts', 'Données', 'Q&A'],
    });
  });

  it('gives null sheets for an ods whose content.xml cannot be read', () => {
    const file = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'ods', sheets: null });
  });

  it('knows an Apple Numbers file, without sheet names', () => {
    const file = makeZip([
      { name: 'Index/Document.iwa', data: bytes(0, 1, 2) },
      { name: 'Index/Tables/DataList-1.iwa', data: bytes(0, 1, 2) },
      { name: 'Metadata/Properties.plist', data: 'bplist00' },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'numbers', sheets: null });
  });

  it('reads the sheet names of an xls (BIFF8 in an OLE2 file), wide names and all', () => {
    const stream = biff8(
      [
        { name: 'Contacts' },
        { name: 'Контакты', wide: true },
        { name: 'Module1', type: 6 },
        { name: 'Chart1', type: 2 },
      ],
      { size: 6000 },
    );
    expect(sniff(makeOle([{ name: 'Workbook', data: stream }]))).toEqual({
      kind: 'workbook',
      format: 'xls',
      sheets: ['Contacts', 'Контакты', 'Chart1'],
    });
  });

  it('reads an xls whose Workbook stream is small enough for the mini stream', () => {
    const stream = biff8([{ name: 'Only' }]);
    expect(stream.length).toBeLessThan(4096);
    const file = makeOle([
      { name: '\u0005SummaryInformation', data: new Uint8Array(200).fill(7) },
      { name: 'Workbook', data: stream },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'xls', sheets: ['Only'] });
  });

  it('gives null sheets for an encrypted xls (FILEPASS scrambles the names)', () => {
    const file = makeOle([
      { name: 'Workbook', data: biff8([{ name: 'x' }], { size: 5000, encrypted: true }) },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'xls', sheets: null });
  });

  it('tells other OLE2 files apart from xls', () => {
    expectOther(sniff(makeOle([{ name: 'WordDocument', data: new Uint8Array(5000) }])), 'doc');
    expectOther(
      sniff(makeOle([{ name: 'EncryptedPackage', data: new Uint8Array(5000) }])),
      'encrypted-office',
    );
    expectOther(sniff(makeOle([{ name: '__substg1.0_0037001F', data: enc('Hi') }])), 'msg');
  });

  it('says "old binary Office file" for an OLE2 header alone', () => {
    const header = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504));
    expectOther(sniff(header), 'ole2');
    expectOther(sniff(makeOle([{ name: 'Workbook', data: biff8([]) }]).subarray(0, 600)), 'ole2');
  });
});

describe('sniff: other kinds of file (1007)', () => {
  it.each([
    ['PDF', concat(enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'), new Uint8Array(100)), 'pdf'],
    [
      'PNG',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52),
      'png',
    ],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00), 'jpeg'],
    ['GIF', concat(enc('GIF89a'), bytes(1, 0, 1, 0, 0x80, 0, 0)), 'gif'],
    ['WebP', concat(enc('RIFF'), bytes(0x24, 0, 0, 0), enc('WEBPVP8 ')), 'webp'],
    [
      'BMP',
      concat(enc('BM'), bytes(0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0, 0, 0, 2, 0, 0, 0)),
      'bmp',
    ],
    ['TIFF', bytes(0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0), 'tiff'],
    ['gzip', gzipSync(enc('Name,Email\nAna,ana@example.com\n')), 'gzip'],
    ['7z', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), '7z'],
    ['RAR', concat(enc('Rar!'), bytes(0x1a, 0x07, 0x01, 0x00)), 'rar'],
    ['bzip2', concat(enc('BZh91AY&SY'), bytes(1, 2, 3)), 'bzip2'],
    ['SQLite', concat(enc('SQLite format 3\0'), new Uint8Array(84)), 'sqlite'],
    ['UTF-32', concat(bytes(0xff, 0xfe, 0, 0), bytes(0x4e, 0, 0, 0, 0x61, 0, 0, 0)), 'utf32'],
  ] as const)('%s', (_, file, format) => {
    expectOther(sniff(file), format);
  });

  it('knows a zip archive, and names the CSV inside', () => {
    const file = makeZip([
      { name: '__MACOSX/._contacts.csv', data: bytes(0, 5, 0x16, 7) },
      { name: 'export/contacts.csv', data: 'Name,Email\nAna,ana@example.com\n', deflate: true },
    ]);
    expect(sniff(file)).toEqual({ kind: 'other', format: 'zip', csv: 'export/contacts.csv' });
    expectOther(sniff(makeZip([{ name: 'photo.jpg', data: bytes(0xff, 0xd8, 0xff) }])), 'zip');
    expectOther(sniff(makeZip([])), 'empty-zip');
  });

  it('knows docx, pptx, odt, epub and Pages from their zip entries', () => {
    expectOther(sniff(makeZip([{ name: 'word/document.xml', data: '<w:document/>' }])), 'docx');
    expectOther(sniff(makeZip([{ name: 'ppt/presentation.xml', data: '<p/>' }])), 'pptx');
    expectOther(
      sniff(makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }])),
      'odt',
    );
    expectOther(sniff(makeZip([{ name: 'mimetype', data: 'application/epub+zip' }])), 'epub');
    expectOther(sniff(makeZip([{ name: 'Index/Document.iwa', data: bytes(0) }])), 'pages');
    expectOther(
      sniff(
        makeZip([
          { name: 'Index/Document.iwa', data: bytes(0) },
          { name: 'Index/MasterSlide-1.iwa', data: bytes(0) },
        ]),
      ),
      'keynote',
    );
  });

  it.each([
    [
      '<!DOCTYPE html>',
      '<!DOCTYPE html>\n<html><head><title>Contacts</title></head><body>a,b</body></html>',
    ],
    ['<html>', '<html lang="en">\n<body><table><tr><td>Ana</td></tr></table></body></html>'],
    [
      'leading blank lines and a comment',
      '\r\n\r\n  <!-- saved from url=(0014)about:internet -->\n<!doctype html><html></html>',
    ],
    [
      'XHTML',
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
    ],
  ])('an HTML page (%s)', (_, page) => {
    expectOther(sniff(enc(page)), 'html');
  });

  it('an HTML page behind a UTF-8 byte-order mark, or in UTF-16', () => {
    expectOther(
      sniff(concat(bytes(0xef, 0xbb, 0xbf), enc('<!DOCTYPE html><html></html>'))),
      'html',
    );
    expectOther(sniff(concat(bytes(0xff, 0xfe), utf16le('<html><body></body></html>'))), 'html');
    expectOther(sniff(utf16be('<!DOCTYPE html>\n<html><body></body></html>')), 'html');
  });

  it('a web page saved by Excel, and an Excel 2003 XML spreadsheet', () => {
    expectOther(
      sniff(
        enc(
          '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><body></body></html>',
        ),
      ),
      'excel-html',
    );
    expectOther(
      sniff(
        enc(
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
        ),
      ),
      'excel-xml',
    );
  });

  it('XML, RTF, vCard and JSON', () => {
    expectOther(sniff(enc('<?xml version="1.0"?>\n<contacts><contact/></contacts>')), 'xml');
    expectOther(sniff(enc('{\\rtf1\\ansi\\deff0 {\\fonttbl}}')), 'rtf');
    expectOther(sniff(enc('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n')), 'vcard');
    expectOther(sniff(enc('[\n  {"name": "Ana", "email": "ana@example.com"}\n]')), 'json');
    expectOther(sniff(enc('{"contacts": []}')), 'json');
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

describe('sniff: never throws, and stays fast', () => {
  const KINDS = ['empty', 'workbook', 'other', 'binary', 'text'];
  const SIGNATURES = [
    bytes(0x50, 0x4b, 0x03, 0x04),
    bytes(0x50, 0x4b, 0x05, 0x06),
    bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    bytes(0xef, 0xbb, 0xbf),
    bytes(0xff, 0xfe),
    bytes(0xfe, 0xff),
    enc('<?xml '),
    enc('BM'),
  ];

  it('on random bytes, with and without a signature in front', () => {
    const r = random(42);
    for (let i = 0; i < 3000; i++) {
      const body = r.bytes(r.int(i < 2000 ? 64 : 5000));
      const signature = SIGNATURES[r.int(SIGNATURES.length + 1)];
      const file = signature ? concat(signature, body) : body;
      expect(KINDS).toContain(sniff(file).kind);
    }
  });

  it('on damaged zips and OLE2 files, which still read as containers (no internal error)', () => {
    const r = random(7);
    const zip = xlsx(['A', 'B', 'C'], { deflate: true });
    const zipBySync = zipSync({ 'xl/workbook.xml': enc(workbookXml(['A'])), mimetype: enc('x') });
    const ole = makeOle([
      { name: 'Workbook', data: biff8([{ name: 'A' }, { name: 'B' }], { size: 5000 }) },
    ]);
    const oleMini = makeOle([{ name: 'Workbook', data: biff8([{ name: 'A' }]) }]);
    for (const original of [zip, zipBySync, ole, oleMini]) {
      for (let i = 0; i < 1500; i++) {
        const file = original.slice(0, i % 3 === 0 ? r.int(original.length) + 8 : original.length);
        for (let k = 0, n = 1 + r.int(8); k < n; k++) file[8 + r.int(file.length - 8)] = r.int(256);
        // Whatever the damage, a container is reported as a workbook or another kind of file;
        // text or binary here would mean the container code threw and sniff fell back.
        expect(['workbook', 'other']).toContain(sniff(file).kind);
      }
    }
  });

  it('looks at a few KB of a 30 MB text file, and scans a 30 MB blank one in time', () => {
    const text = new Uint8Array(30 * 1024 * 1024).fill(0x61);
    let t = performance.now();
    expect(sniff(text)).toEqual({ kind: 'text' });
    expect(performance.now() - t).toBeLessThan(50);
    const blank = new Uint8Array(30 * 1024 * 1024);
    t = performance.now();
    expect(sniff(blank).kind).toBe('empty');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
