/**
 * What the bytes of a file really are, whatever its name says: text that can be a CSV, an empty
 * file, a spreadsheet workbook (1003 with several sheets, 1007 otherwise), another kind of
 * document (1007), or binary data (1001). Reads the first few KB, plus the central directory of
 * a zip and the directory of an OLE2 file; never throws.
 */
import { byteOrderMark } from '../decode';
import { emptyKind } from './empty';
import type { FileKind } from './kind';
import { magicKind } from './magic';
import { textOrBinary } from './text-or-binary';

export type { BinaryFile, EmptyFile, FileFormat, FileKind, OtherFormat } from './kind';

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
