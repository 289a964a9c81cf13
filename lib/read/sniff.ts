/**
 * What the bytes of a file really are, whatever its name says: text that can be a CSV, an empty
 * file, a spreadsheet workbook (1003 with several sheets, 1007 otherwise), another kind of
 * document (1007), or binary data (1001). Reads the first few KB, plus the central directory of
 * a zip and the directory of an OLE2 file; never throws.
 */
import { Inflate } from 'fflate';
import { byteOrderMark, guessUtf16 } from './decode';
import {
  HTML_START,
  JSON_START,
  ODS_TABLE_NAME,
  XLSX_SHEET_NAME,
  XLSX_SHEET_PART,
  XML_ENTITY,
} from '../regexes';

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods' | 'numbers';

/** Files that are neither text nor a workbook, by what their bytes show. */
export type OtherFormat =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'tiff'
  | 'gzip'
  | '7z'
  | 'rar'
  | 'bzip2'
  | 'xz'
  | 'zstd'
  | 'sqlite'
  | 'utf32'
  | 'rtf'
  | 'vcard'
  | 'json'
  | 'excel-xml'
  | 'excel-html'
  | 'html'
  | 'xml'
  | 'docx'
  | 'pptx'
  | 'odt'
  | 'odp'
  | 'opendocument'
  | 'epub'
  | 'keynote'
  | 'pages'
  | 'iwork'
  | 'zip'
  | 'empty-zip'
  | 'ole2'
  | 'encrypted-office'
  | 'doc'
  | 'ppt'
  | 'msg';

export type FileFormat = WorkbookFormat | OtherFormat;

/** Data only: what users read about each kind is in highlevel/file-kinds.ts. */
export type FileKind =
  /** 0 bytes, or only a byte-order mark, blank space or NUL bytes (1007). */
  | EmptyFile
  /** A spreadsheet workbook; `sheets` holds the sheet names when they can be read, else null. */
  | { kind: 'workbook'; format: WorkbookFormat; sheets: string[] | null }
  /** Another kind of file (1007); a zip archive names the first CSV file it holds in `csv`. */
  | { kind: 'other'; format: OtherFormat; csv?: string }
  /** Not text at all: NUL bytes or many control characters, and not UTF-16 (1001). */
  | BinaryFile
  | { kind: 'text' };

export interface EmptyFile {
  kind: 'empty';
  /** Whether a byte-order mark starts the file; `bytes` and `zeros` count what follows it. */
  bom: boolean;
  bytes: number;
  /** NUL bytes among them (the rest is blank space). */
  zeros: number;
}

export interface BinaryFile {
  kind: 'binary';
  /** What was counted: bytes, or the 16-bit code units of UTF-16 text. */
  unit: 'byte' | 'utf16';
  /** Units looked at from the start (NUL padding at the end left out). */
  sampled: number;
  /** Control characters among them, NULs included. */
  controls: number;
  zeros: number;
}

export function sniff(bytes: Uint8Array): FileKind {
  try {
    return sniffBytes(bytes);
  } catch {
    // Unreachable by design (every read is bounds-checked); the plain text test is the fallback.
    try {
      return textOrBinary(bytes, byteOrderMark(bytes)?.length ?? 0);
    } catch {
      return { kind: 'text' };
    }
  }
}

/** Bytes read from the start for the text signatures and the binary test. */
const SAMPLE = 8192;
/** Characters of the start of the text searched for HTML, XML, RTF, vCard and JSON. */
const HEAD = 4096;
/** Most central-directory entries read from a zip. */
const MAX_ZIP_ENTRIES = 65536;
/** Most bytes inflated from xl/workbook.xml, or from an ODS content.xml. */
const MAX_WORKBOOK_XML = 8 * 1024 * 1024;
const MAX_ODS_CONTENT = 16 * 1024 * 1024;
/** Most bytes read from an OLE2 directory, and from an .xls Workbook stream. */
const MAX_OLE_DIRECTORY = 1024 * 1024;
const MAX_OLE_WORKBOOK = 4 * 1024 * 1024;
const MAX_OLE_MINI_STREAM = 16 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8');

function sniffBytes(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: 'empty', bom: false, bytes: 0, zeros: 0 };
  const bom = byteOrderMark(bytes);
  const start = bom?.length ?? 0;
  const empty = emptyKind(bytes, start);
  if (empty) return empty;
  const magic = magicKind(bytes);
  if (magic) return magic;
  return textOrBinary(bytes, start);
}

function textOrBinary(bytes: Uint8Array, start: number): FileKind {
  const utf16 = byteOrderMark(bytes)?.encoding ?? guessUtf16(bytes);
  const wide = utf16 === 'utf-16le' || utf16 === 'utf-16be';
  const signature = textSignature(headText(bytes, start, wide ? utf16 : null));
  if (signature) return signature;
  const binary = wide ? binaryUtf16(bytes, start, utf16 === 'utf-16le') : binaryBytes(bytes, start);
  return binary ?? { kind: 'text' };
}

// ---------------------------------------------------------------------------------------------
// Little-endian reads that never throw: outside the array they read zeros.

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return u16(b, o) + u16(b, o + 2) * 0x10000;
}

/** A 64-bit little-endian value, exact up to 2^53 (beyond that it is no real offset anyway). */
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function startsWith(b: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (b.length < at + signature.length) return false;
  return signature.every((v, i) => b[at + i] === v);
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

// ---------------------------------------------------------------------------------------------
// Empty files (1007)

/** Bytes that leave a file empty for an importer: NUL, tab, line feed, VT, form feed, CR, space. */
function isBlankByte(b: number): boolean {
  return b === 0x00 || b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/** Stops at the first byte that is not blank, so a normal file costs a few bytes of work. */
function emptyKind(bytes: Uint8Array, start: number): EmptyFile | null {
  let nul = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (!isBlankByte(b)) return null;
    if (b === 0) nul++;
  }
  return { kind: 'empty', bom: start > 0, bytes: bytes.length - start, zeros: nul };
}

// ---------------------------------------------------------------------------------------------
// Magic bytes

function other(format: OtherFormat): FileKind {
  return { kind: 'other', format };
}

/** Signatures at offset 0 (Gary Kessler's file-signature table, and each format's own spec). */
function magicKind(b: Uint8Array): FileKind | null {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(b);
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(b);
  if (startsWith(b, ascii('%PDF-'))) return other('pdf');
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return other('png');
  if (startsWith(b, [0xff, 0xd8, 0xff])) return other('jpeg');
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return other('gif');
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return other('webp');
  if (isBmp(b)) return other('bmp');
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) {
    return other('tiff');
  }
  if (startsWith(b, [0x1f, 0x8b, 0x08])) {
    return other('gzip');
  }
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return other('7z');
  if (startsWith(b, ascii('Rar!\x1a\x07'))) return other('rar');
  if (startsWith(b, ascii('BZh')) && startsWith(b, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) {
    return other('bzip2');
  }
  if (startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) {
    return other('xz');
  }
  if (startsWith(b, [0x28, 0xb5, 0x2f, 0xfd])) {
    return other('zstd');
  }
  if (startsWith(b, ascii('SQLite format 3\0'))) return other('sqlite');
  // UTF-32 marks before UTF-16 ones: FF FE 00 00 is also the UTF-16LE mark followed by U+0000.
  if (startsWith(b, [0xff, 0xfe, 0x00, 0x00]) || startsWith(b, [0x00, 0x00, 0xfe, 0xff])) {
    return other('utf32');
  }
  return null;
}

/** "BM" alone starts plenty of text ("BMW,…"): also require the header's zero reserved bytes and a known DIB header size. */
function isBmp(b: Uint8Array): boolean {
  if (!startsWith(b, ascii('BM')) || b.length < 18) return false;
  if (u32(b, 6) !== 0) return false;
  return [12, 16, 40, 52, 56, 64, 108, 124].includes(u32(b, 14));
}

// ---------------------------------------------------------------------------------------------
// Text signatures: HTML pages, XML, RTF, vCard and JSON saved with a .csv name

/** The first characters after the byte-order mark, one character per code unit, lowercased. */
function headText(bytes: Uint8Array, start: number, utf16: 'utf-16le' | 'utf-16be' | null): string {
  const codes: number[] = [];
  if (utf16) {
    const le = utf16 === 'utf-16le';
    for (let i = start; i + 1 < bytes.length && codes.length < HEAD; i += 2) {
      const lo = bytes[le ? i : i + 1] ?? 0;
      const hi = bytes[le ? i + 1 : i] ?? 0;
      codes.push(hi === 0 ? lo : 0xfffd);
    }
  } else {
    for (let i = start; i < bytes.length && codes.length < HEAD; i++) codes.push(bytes[i] ?? 0);
  }
  return String.fromCharCode(...codes).toLowerCase();
}

function textSignature(head: string): FileKind | null {
  let s = head.trimStart();
  if (s.startsWith('{\\rtf')) {
    return other('rtf');
  }
  if (s.startsWith('%pdf-')) return other('pdf');
  if (s.startsWith('begin:vcard')) {
    return other('vcard');
  }
  if (JSON_START.test(s)) return other('json');
  let xml = false;
  // Skip an XML declaration, processing instructions and comments before the first element.
  for (let i = 0; i < 16 && (s.startsWith('<?') || s.startsWith('<!--')); i++) {
    if (s.startsWith('<?xml')) xml = true;
    const end = s.startsWith('<!--') ? s.indexOf('-->') : s.indexOf('?>');
    if (end < 0) break;
    s = s.slice(end + (s.startsWith('<!--') ? 3 : 2)).trimStart();
  }
  if (
    head.includes('urn:schemas-microsoft-com:office:spreadsheet') ||
    head.includes('progid="excel.sheet"')
  ) {
    if (xml || s.startsWith('<workbook') || s.startsWith('<ss:workbook')) {
      return other('excel-xml');
    }
  }
  if (HTML_START.test(s)) {
    return head.includes('urn:schemas-microsoft-com:office:excel')
      ? other('excel-html')
      : other('html');
  }
  if (xml) return other('xml');
  return null;
}

// ---------------------------------------------------------------------------------------------
// Binary data (1001)

/** Control characters text files do hold: tab, line feed, VT, form feed, CR, and SUB (DOS end of file). */
function isTextControl(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x1a;
}

function isBadUnit(c: number): boolean {
  return (c < 0x20 && !isTextControl(c)) || c === 0x7f;
}

/**
 * Binary when more than a tenth of the first 8 KB are NULs or control characters, or when
 * there are NULs and more than 2% are other control characters (random or compressed data has
 * about 0.4% NULs and 10% other controls). Text with a few NULs in it stays text, for the
 * parser to read; a run of NULs that ends the file (padding) is left out of the count.
 */
function binaryBytes(bytes: Uint8Array, start: number): BinaryFile | null {
  let end = Math.min(bytes.length, start + SAMPLE);
  if (end === bytes.length) while (end > start && bytes[end - 1] === 0) end--;
  const n = end - start;
  if (n <= 0) return null;
  let bad = 0;
  let nul = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] ?? 0;
    if (c === 0) nul++;
    if (isBadUnit(c)) bad++;
  }
  if (!isBinary(bad, nul, n)) return null;
  return { kind: 'binary', unit: 'byte', sampled: n, controls: bad, zeros: nul };
}

/** The same test on the 16-bit code units of UTF-16 text. */
function binaryUtf16(bytes: Uint8Array, start: number, le: boolean): BinaryFile | null {
  const units: number[] = [];
  for (let i = start; i + 1 < bytes.length && units.length < SAMPLE / 2; i += 2) {
    units.push(le ? u16(bytes, i) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  }
  if (start + units.length * 2 + 1 >= bytes.length) while (units.at(-1) === 0) units.pop();
  const n = units.length;
  if (n === 0) return null;
  let bad = 0;
  let nul = 0;
  for (const c of units) {
    if (c === 0) nul++;
    if (isBadUnit(c)) bad++;
  }
  if (!isBinary(bad, nul, n)) return null;
  return { kind: 'binary', unit: 'utf16', sampled: n, controls: bad, zeros: nul };
}

function isBinary(bad: number, nul: number, n: number): boolean {
  return bad * 10 > n || (nul > 0 && (bad - nul) * 50 > n);
}

// ---------------------------------------------------------------------------------------------
// Zip containers: xlsx, ods, numbers, docx, pptx, odt, epub, or a plain zip archive

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header, or -1 when unknown. */
  localOffset: number;
  /** Offset of the entry's data when it is already known (from a walk of the local headers). */
  dataOffset?: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;

function zipKind(b: Uint8Array): FileKind {
  const entries = centralDirectory(b) ?? localHeaders(b);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, e);
  }
  const names = [...byName.keys()];

  // Part names compare case-insensitively (ECMA-376 Part 2, Open Packaging Conventions).
  if (
    byName.has('xl/workbook.xml') ||
    byName.has('xl/workbook.bin') ||
    names.some((n) => n.startsWith('xl/worksheets/'))
  ) {
    return { kind: 'workbook', format: 'xlsx', sheets: xlsxSheets(b, byName, names) };
  }
  if (byName.has('word/document.xml')) return other('docx');
  if (byName.has('ppt/presentation.xml')) return other('pptx');

  const mimetypeEntry = byName.get('mimetype');
  const mimetype = mimetypeEntry ? (entryText(b, mimetypeEntry, 256)?.trim() ?? '') : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    return { kind: 'workbook', format: 'ods', sheets: odsSheets(b, byName) };
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) {
    return other('odt');
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument.presentation')) {
    return other('odp');
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument.')) {
    return other('opendocument');
  }
  if (mimetype === 'application/epub+zip') return other('epub');

  // Apple iWork 2013+: the same heuristic as sindresorhus/file-type (Keynote has master
  // slides; Numbers keeps its tables under Index/Tables/; otherwise Pages).
  if (byName.has('index/document.iwa')) {
    if (names.some((n) => n.startsWith('index/masterslide'))) {
      return other('keynote');
    }
    if (names.some((n) => n.startsWith('index/tables/'))) {
      return { kind: 'workbook', format: 'numbers', sheets: null };
    }
    return other('pages');
  }
  if (byName.has('index.zip')) {
    return other('iwork');
  }

  if (entries.length === 0) return other('empty-zip');
  const inside = entries.find(
    (e) => e.name.toLowerCase().endsWith('.csv') && !e.name.startsWith('__MACOSX/'),
  );
  return inside ? { kind: 'other', format: 'zip', csv: inside.name } : other('zip');
}

/** Entries listed by the central directory (APPNOTE.TXT §4.3.12-4.3.16), or null when it cannot be found. */
function centralDirectory(b: Uint8Array): ZipEntry[] | null {
  const last = b.length - 22;
  let end = -1;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = u16(b, end + 10);
  let size = u32(b, end + 12);
  let offset = u32(b, end + 16);
  let endOfDirectory = end;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(b, locator) === SIG_END64_LOCATOR) {
      const end64 = u64(b, locator + 8);
      if (end64 < b.length && u32(b, end64) === SIG_END64) {
        count = u64(b, end64 + 32);
        size = u64(b, end64 + 40);
        offset = u64(b, end64 + 48);
        endOfDirectory = end64;
      }
    }
  }
  // Data before the archive (a self-extractor stub, or a prefix added by a mail gateway) shifts
  // every offset: the directory then ends where the end record starts.
  let shift = 0;
  if (u32(b, offset) !== SIG_CENTRAL) {
    const moved = endOfDirectory - size;
    if (moved < 0 || u32(b, moved) !== SIG_CENTRAL) return count === 0 ? [] : null;
    shift = moved - offset;
  }
  const entries: ZipEntry[] = [];
  let p = offset + shift;
  const limit = Math.min(count, MAX_ZIP_ENTRIES);
  while (entries.length < limit && p + 46 <= b.length && u32(b, p) === SIG_CENTRAL) {
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    let localOffset = u32(b, p + 42);
    // ZIP64 extended information (APPNOTE §4.5.3): only the fields that overflowed, in order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const extra = p + 46 + nameLength;
      for (let q = extra; q + 4 <= extra + extraLength; q += 4 + u16(b, q + 2)) {
        if (u16(b, q) !== 0x0001) continue;
        let f = q + 4;
        if (size === 0xffffffff) {
          size = u64(b, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, f);
          f += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(b, f);
        break;
      }
    }
    entries.push({
      name: UTF8.decode(b.subarray(p + 46, p + 46 + nameLength)),
      method: u16(b, p + 10),
      compressedSize,
      size,
      localOffset: localOffset + shift,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A walk over the local headers from the start, for a zip whose end was cut off. */
function localHeaders(b: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  while (entries.length < MAX_ZIP_ENTRIES && p + 30 <= b.length && u32(b, p) === SIG_LOCAL) {
    const flags = u16(b, p + 6);
    const compressedSize = u32(b, p + 18);
    const nameLength = u16(b, p + 26);
    const data = p + 30 + nameLength + u16(b, p + 28);
    entries.push({
      name: UTF8.decode(b.subarray(p + 30, p + 30 + nameLength)),
      method: u16(b, p + 8),
      compressedSize,
      size: u32(b, p + 22),
      localOffset: p,
      dataOffset: data,
    });
    // Sizes that follow the data (bit 3) cannot be skipped without inflating: stop there.
    if (flags & 0x08 && compressedSize === 0) break;
    p = data + compressedSize;
    if (flags & 0x08) p += u32(b, p) === SIG_DESCRIPTOR ? 16 : 12;
  }
  return entries;
}

/** An entry's bytes, inflated when needed; null when they cannot be read or exceed `max`. */
function entryBytes(b: Uint8Array, e: ZipEntry, max: number): Uint8Array | null {
  let data = e.dataOffset;
  if (data === undefined) {
    if (e.localOffset < 0 || u32(b, e.localOffset) !== SIG_LOCAL) return null;
    data = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
  }
  if (data + e.compressedSize > b.length) return null;
  const raw = b.subarray(data, data + e.compressedSize);
  if (e.method === 0) return raw.length <= max ? raw : null;
  if (e.method === 8) {
    try {
      return inflateCapped(raw, max);
    } catch {
      return null;
    }
  }
  return null;
}

function entryText(b: Uint8Array, e: ZipEntry, max: number): string | null {
  const bytes = entryBytes(b, e, max);
  return bytes ? UTF8.decode(bytes) : null;
}

/**
 * Raw DEFLATE through fflate's streaming `Inflate`, fed 64 KB at a time so that a zip bomb stops
 * at `max` bytes of output instead of filling memory.
 */
function inflateCapped(raw: Uint8Array, max: number): Uint8Array | null {
  const CHUNK = 65536;
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) parts.push(chunk);
  });
  for (let p = 0; p < raw.length && total <= max; p += CHUNK) {
    inflater.push(raw.subarray(p, p + CHUNK), p + CHUNK >= raw.length);
  }
  if (total > max) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(XML_ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Values of the first or second capture group of every match (a double- or single-quoted attribute). */
function attributeValues(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (m) => unescapeXml(m[1] ?? m[2] ?? ''));
}

/**
 * Sheet names from `xl/workbook.xml` in tab order (hidden sheets included: they are sheets
 * to an importer too). When that part cannot be read (xlsb, damaged or oversized), "Sheet 1" to
 * "Sheet N" from the count of sheet parts, so the sheet count is still known.
 */
function xlsxSheets(
  b: Uint8Array,
  byName: Map<string, ZipEntry>,
  names: string[],
): string[] | null {
  const workbook = byName.get('xl/workbook.xml');
  const xml = workbook ? entryText(b, workbook, MAX_WORKBOOK_XML) : null;
  if (xml) {
    const sheets = attributeValues(xml, XLSX_SHEET_NAME);
    if (sheets.length > 0) return sheets;
  }
  const parts = names.filter((n) => XLSX_SHEET_PART.test(n));
  return parts.length > 0 ? parts.map((_, i) => `Sheet ${i + 1}`) : null;
}

/** Table names from an ODS `content.xml`; null when it is missing, damaged or larger than 16 MB. */
function odsSheets(b: Uint8Array, byName: Map<string, ZipEntry>): string[] | null {
  const content = byName.get('content.xml');
  const xml = content ? entryText(b, content, MAX_ODS_CONTENT) : null;
  if (!xml) return null;
  const sheets = attributeValues(xml, ODS_TABLE_NAME);
  return sheets.length > 0 ? sheets : null;
}

// ---------------------------------------------------------------------------------------------
// OLE2 compound files: .xls, and .doc, .ppt, .msg and encrypted Office files ([MS-CFB])

const FREE_OR_END = 0xfffffffa; // sector numbers from here up are markers, not sectors

interface OleEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

function oleKind(b: Uint8Array): FileKind {
  const generic = other('ole2');
  const ole = readOle(b);
  if (!ole) return generic;
  const find = (name: string) =>
    ole.entries.find((e) => e.type === 2 && e.name.toLowerCase() === name);
  const workbook = find('workbook') ?? find('book');
  if (workbook)
    return {
      kind: 'workbook',
      format: 'xls',
      sheets: biffSheets(ole.stream(workbook, MAX_OLE_WORKBOOK)),
    };
  if (find('encryptedpackage')) {
    return other('encrypted-office');
  }
  if (find('worddocument')) return other('doc');
  if (find('powerpoint document')) return other('ppt');
  if (ole.entries.some((e) => e.name.toLowerCase().startsWith('__substg1.0_'))) {
    return other('msg');
  }
  return generic;
}

function readOle(
  b: Uint8Array,
): { entries: OleEntry[]; stream: (e: OleEntry, max: number) => Uint8Array } | null {
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.max(0, Math.floor(b.length / sectorSize) - 1);
  const offset = (n: number) => (n + 1) * sectorSize;
  const perSector = sectorSize / 4;

  // Sectors of the FAT: 109 in the header, the rest in the DIFAT chain.
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(b, 0x4c + 4 * i);
    if (s >= FREE_OR_END) break;
    fat.push(s);
  }
  let difat = u32(b, 0x44);
  const fatSectorsNeeded = Math.ceil(sectorCount / perSector);
  for (let k = 0; k < u32(b, 0x48) && difat < sectorCount && fat.length < fatSectorsNeeded; k++) {
    for (let j = 0; j < perSector - 1; j++) {
      const s = u32(b, offset(difat) + 4 * j);
      if (s < FREE_OR_END) fat.push(s);
    }
    difat = u32(b, offset(difat) + 4 * (perSector - 1));
  }
  const next = (n: number): number => {
    const f = fat[Math.floor(n / perSector)];
    return f === undefined || f >= sectorCount
      ? FREE_OR_END
      : u32(b, offset(f) + 4 * (n % perSector));
  };
  const chain = (start: number, max: number): Uint8Array => {
    const out = new Uint8Array(Math.min(max, sectorCount * sectorSize));
    let written = 0;
    let n = start;
    for (let steps = 0; n < sectorCount && written < out.length && steps <= sectorCount; steps++) {
      const piece = b.subarray(offset(n), offset(n) + Math.min(sectorSize, out.length - written));
      out.set(piece, written);
      written += piece.length;
      n = next(n);
    }
    return out.subarray(0, written);
  };

  const directory = chain(u32(b, 0x30), MAX_OLE_DIRECTORY);
  const entries: OleEntry[] = [];
  for (let p = 0; p + 128 <= directory.length; p += 128) {
    const nameLength = Math.min(64, u16(directory, p + 0x40));
    let name = '';
    for (let i = 0; i + 1 < nameLength - 1; i += 2) {
      const c = u16(directory, p + i);
      if (c === 0) break;
      name += String.fromCharCode(c);
    }
    entries.push({
      name,
      type: directory[p + 0x42] ?? 0,
      start: u32(directory, p + 0x74),
      size: u32(directory, p + 0x78),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) return null;

  const cutoff = u32(b, 0x38) || 4096;
  const stream = (e: OleEntry, max: number): Uint8Array => {
    const size = Math.min(e.size, max);
    if (e.size >= cutoff) return chain(e.start, size);
    // Small streams live in 64-byte sectors of the mini stream, chained by the mini FAT.
    const mini = chain(root.start, Math.min(root.size, MAX_OLE_MINI_STREAM));
    const miniFat = chain(u32(b, 0x3c), u32(b, 0x40) * sectorSize);
    const out = new Uint8Array(Math.min(size, mini.length));
    let written = 0;
    let n = e.start;
    for (
      let steps = 0;
      n < FREE_OR_END && written < out.length && steps <= mini.length / 64;
      steps++
    ) {
      const piece = mini.subarray(n * 64, n * 64 + Math.min(64, out.length - written));
      if (piece.length === 0) break;
      out.set(piece, written);
      written += piece.length;
      n = n * 4 + 4 <= miniFat.length ? u32(miniFat, n * 4) : FREE_OR_END;
    }
    return out.subarray(0, written);
  };
  return { entries, stream };
}

/**
 * Sheet names from the BOUNDSHEET records (0x0085) of an .xls workbook globals substream
 * ([MS-XLS] §2.4.28 BoundSheet8; BIFF5 has 8-bit names). Worksheets, macro sheets and chart
 * sheets count; VBA modules do not. Null when there are none, or when the file is encrypted
 * (FILEPASS, 0x002F), which scrambles the names.
 */
function biffSheets(s: Uint8Array): string[] | null {
  if (u16(s, 0) !== 0x0809) return null;
  const biff8 = u16(s, 4) === 0x0600;
  const utf16le = new TextDecoder('utf-16le');
  const sheets: string[] = [];
  for (let p = 0; p + 4 <= s.length;) {
    const type = u16(s, p);
    const length = u16(s, p + 2);
    const data = p + 4;
    if (type === 0x002f) return null;
    if (type === 0x000a) break; // EOF: end of the globals substream
    if (type === 0x0085 && length >= 8 && data + length <= s.length) {
      const sheetType = s[data + 5] ?? 0;
      const count = s[data + 6] ?? 0;
      let name: string;
      if (biff8 && (s[data + 7] ?? 0) & 0x01) {
        name = utf16le.decode(s.subarray(data + 8, Math.min(data + 8 + count * 2, data + length)));
      } else {
        const from = data + (biff8 ? 8 : 7);
        name = String.fromCharCode(...s.subarray(from, Math.min(from + count, data + length)));
      }
      if (sheetType !== 0x06) sheets.push(name);
    }
    p = data + length;
  }
  return sheets.length > 0 ? sheets : null;
}
