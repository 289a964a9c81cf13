/** An OLE2 compound file reader ([MS-CFB]): the directory, and a stream's bytes up to a cap. */
import { u16, u32 } from './bytes';

/** Most bytes read from an OLE2 directory, and from its mini stream. */
const MAX_OLE_DIRECTORY = 1024 * 1024;
const MAX_OLE_MINI_STREAM = 16 * 1024 * 1024;

const FREE_OR_END = 0xfffffffa; // sector numbers from here up are markers, not sectors

export interface OleEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export function readOle(
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
