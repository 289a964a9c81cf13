import { u16 } from './bytes';

/**
 * Sheet names from the BOUNDSHEET records (0x0085) of an .xls workbook globals substream
 * ([MS-XLS] §2.4.28 BoundSheet8; BIFF5 has 8-bit names). Worksheets, macro sheets and chart
 * sheets count; VBA modules do not. Null when there are none, or when the file is encrypted
 * (FILEPASS, 0x002F), which scrambles the names.
 */
export function biffSheets(s: Uint8Array): string[] | null {
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
