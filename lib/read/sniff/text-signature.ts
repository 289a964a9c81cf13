/** Text signatures: HTML pages, XML, RTF, vCard and JSON saved with a .csv name. */
import { HTML_START, JSON_START } from '../../regexes';
import { other, type FileKind } from './kind';

/** Characters of the start of the text searched for HTML, XML, RTF, vCard and JSON. */
const HEAD = 4096;

/** The first characters after the byte-order mark, one character per code unit, lowercased. */
export function headText(
  bytes: Uint8Array,
  start: number,
  utf16: 'utf-16le' | 'utf-16be' | null,
): string {
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

export function textSignature(head: string): FileKind | null {
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
