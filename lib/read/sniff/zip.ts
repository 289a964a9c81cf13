/**
 * A zip reader for sniffing (APPNOTE.TXT): the entries from the central directory, or from the
 * local headers when the end was cut off, and an entry's bytes, inflated up to a cap. Every read
 * is bounds-checked.
 */
import { Inflate } from 'fflate';
import { u16, u32, u64 } from './bytes';

/** Most central-directory entries read from a zip. */
const MAX_ZIP_ENTRIES = 65536;

const UTF8 = new TextDecoder('utf-8');

export interface ZipEntry {
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

/** The archive's entries, in order; empty when none can be found. */
export function zipEntries(b: Uint8Array): ZipEntry[] {
  return centralDirectory(b) ?? localHeaders(b);
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

export function entryText(b: Uint8Array, e: ZipEntry, max: number): string | null {
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
