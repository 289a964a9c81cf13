/**
 * Text, a document saved as text (HTML, XML, RTF, vCard, JSON), or binary data (1001): whatever
 * has no signature at offset 0 is judged on its first 8 KB.
 */
import { byteOrderMark, guessUtf16 } from '../decode';
import { u16 } from './bytes';
import type { BinaryFile, FileKind } from './kind';
import { headText, textSignature } from './text-signature';

/** Bytes read from the start for the binary test. */
const SAMPLE = 8192;

export function textOrBinary(bytes: Uint8Array, start: number): FileKind {
  const utf16 = byteOrderMark(bytes)?.encoding ?? guessUtf16(bytes);
  const wide = utf16 === 'utf-16le' || utf16 === 'utf-16be';
  const signature = textSignature(headText(bytes, start, wide ? utf16 : null));
  if (signature) return signature;
  const binary = wide ? binaryUtf16(bytes, start, utf16 === 'utf-16le') : binaryBytes(bytes, start);
  return binary ?? { kind: 'text' };
}

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
