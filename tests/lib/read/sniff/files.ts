/** Test files built byte by byte: zips, OLE2 compound files, BIFF8 streams, and random bytes. */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { expect } from 'vitest';
import type { FileKind, OtherFormat } from '../../../../lib/read/sniff';

export const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

export const enc = (text: string) => new TextEncoder().encode(text);
export const bytes = (...values: number[]) => Uint8Array.from(values);
export const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
export const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
export const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

/** Deterministic pseudo-random bytes (mulberry32), so a failure can be replayed. */
export function random(seed: number) {
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

export function makeZip(entries: ZipInput[]): Uint8Array {
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

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export function workbookXml(names: string[], prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const sheets = names
    .map((n, i) => `<${p}sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook xmlns${prefix ? `:${prefix}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}bookViews><${p}workbookView/></${p}bookViews><${p}sheets>${sheets}</${p}sheets></${p}workbook>`;
}

export function xlsx(
  names: string[],
  options: { deflate?: boolean; workbook?: string | null } = {},
) {
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
export function makeOle(streams: OleStream[]): Uint8Array {
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
export function biff8(
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

export const expectOther = (kind: FileKind, format: OtherFormat) => {
  expect(kind).toEqual({ kind: 'other', format });
};
