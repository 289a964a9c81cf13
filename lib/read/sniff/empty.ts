/** Empty files (1007): nothing but a byte-order mark, blank space or NUL bytes. */
import type { EmptyFile } from './kind';

/** Bytes that leave a file empty for an importer: NUL, tab, line feed, VT, form feed, CR, space. */
function isBlankByte(b: number): boolean {
  return b === 0x00 || b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/** Stops at the first byte that is not blank, so a normal file costs a few bytes of work. */
export function emptyKind(bytes: Uint8Array, start: number): EmptyFile | null {
  let nul = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (!isBlankByte(b)) return null;
    if (b === 0) nul++;
  }
  return { kind: 'empty', bom: start > 0, bytes: bytes.length - start, zeros: nul };
}
