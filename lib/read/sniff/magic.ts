import { ascii, startsWith, u32 } from './bytes';
import { other, type FileKind } from './kind';
import { oleKind } from './ole2-kind';
import { zipKind } from './zip-kind';

/** Signatures at offset 0 (Gary Kessler's file-signature table, and each format's own spec). */
export function magicKind(b: Uint8Array): FileKind | null {
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
  if (startsWith(b, [0x1f, 0x8b, 0x08])) return other('gzip');
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return other('7z');
  if (startsWith(b, ascii('Rar!\x1a\x07'))) return other('rar');
  if (startsWith(b, ascii('BZh')) && startsWith(b, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) {
    return other('bzip2');
  }
  if (startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return other('xz');
  if (startsWith(b, [0x28, 0xb5, 0x2f, 0xfd])) return other('zstd');
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
