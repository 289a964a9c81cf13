/**
 * Bytes to text: the encoding a contact CSV was saved in, as HighLevel's importer would need it
 * (PF02). Pure TypeScript plus `TextDecoder`, so it runs in a worker, in Node and in tests.
 *
 * Order: a byte-order mark wins; then UTF-16 without a mark, recognised by its NUL bytes; then
 * UTF-8 when the whole file is valid UTF-8; otherwise Windows-1252, which also reads ISO-8859-1
 * (Latin-1) files the same way for every byte that Latin-1 gives a printable character.
 */
import type { Encoding } from '../types';
import { C1_CONTROLS } from '../regexes';
import { WINDOWS_1252_HIGH } from '../charsets/windows-1252';

export interface Decoded {
  /** The file's text, without its byte-order mark. */
  text: string;
  encoding: Encoding;
  /** Whether the file started with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

export interface ByteOrderMark {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes the mark takes at the start of the file. */
  length: number;
}

/** How many bytes from the start the UTF-16 guess looks at. */
const UTF16_SAMPLE = 4096;

/** The byte-order mark at the start of `bytes`, or null. UTF-32 marks are not UTF-16 ones (see sniff). */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark, from where its NUL bytes fall in the first few KB: text in
 * Latin script has a NUL high byte in nearly every code unit, so NULs gather on the odd offsets
 * (little-endian) or the even ones (big-endian) and almost never on the other side. Text in
 * scripts whose code units have no NUL byte (CJK, for example) cannot be told apart this way
 * and is left to the UTF-8 / Windows-1252 test.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, UTF16_SAMPLE) >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // At least a quarter of the code units carry a NUL on one side, and the other side has
  // at most a tenth as many (a few U+xx00 characters, or U+0000 itself).
  if (oddNul * 4 >= pairs && evenNul * 10 <= oddNul) return 'utf-16le';
  if (evenNul * 4 >= pairs && oddNul * 10 <= evenNul) return 'utf-16be';
  return null;
}

/**
 * Decodes the whole file once (twice only when it is not valid UTF-8: the failed strict UTF-8
 * attempt, then Windows-1252). A byte-order mark is stripped from `text`; a second one right
 * after it (a file saved twice with a mark) stays in `text` as U+FEFF.
 */
export function decode(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) {
    // The mark says what the file is; bytes that are invalid in it become U+FFFD rather than
    // throwing the rest of the (mostly valid) file into another encoding.
    const text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(
      bytes.subarray(bom.length),
    );
    return { text, encoding: bom.encoding, bom: true };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes),
      encoding: utf16,
      bom: false,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
  return { text, encoding: 'utf-8', bom: false };
}

/** The runtime's windows-1252 decoder (null without one), and whether it maps 0x80-0x9F itself. */
let windows1252: { decoder: TextDecoder | null; complete: boolean } | undefined;

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. `TextDecoder('windows-1252')` does
 * the work, but some Node versions (20.18.3 on, 22.13 on) decode this label as Latin-1 and leave
 * smart quotes, the euro sign and dashes as C1 controls (nodejs/node#60888): there, and only
 * there (found out once, on two bytes), what is left in U+0080-U+009F is mapped through the
 * table afterwards. The default options matter: with `ignoreBOM: true` those Node versions also
 * drop a leading 0xFF byte.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  if (!windows1252) {
    try {
      const decoder = new TextDecoder('windows-1252');
      windows1252 = {
        decoder,
        complete: decoder.decode(Uint8Array.of(0x80, 0x93)) === '\u20AC\u201C',
      };
    } catch {
      windows1252 = { decoder: null, complete: false }; // a runtime without the label (no ICU)
    }
  }
  const { decoder, complete } = windows1252;
  const text = decoder ? decoder.decode(bytes) : decodeLatin1(bytes);
  if (complete) return text;
  return text.replace(C1_CONTROLS, (c) =>
    String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

/** Each byte as the code point of the same value, in chunks small enough for `fromCharCode`. */
function decodeLatin1(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return parts.join('');
}
