/**
 * A byte compressor of the LZ4 kind: repeats found through a hash of the next 4 bytes, no entropy
 * coding. A kept report's 18 MB of text took most of a second through the browser's gzip; this
 * takes a quarter of that, for a body about 1.6 times gzip's. The layout: MAGIC, the original
 * length (4 bytes, little-endian), then sequences, each a token (high 4 bits: how many literal
 * bytes, low 4 bits: the repeat's length less MIN_MATCH; 15 means more in the bytes after, 255 at
 * a time), the literal bytes, and the repeat's distance back (2 bytes, little-endian). The last
 * sequence has literals only.
 */

const MAGIC = [0x50, 0x46, 0x4c, 0x5a]; // "PFLZ": never gzip's first byte, 0x1f.
const HEADER = MAGIC.length + 4;
const MIN_MATCH = 4;
const MAX_DISTANCE = 0xffff;
const HASH_BITS = 16;
/** Nibble value meaning "the rest of the count follows". */
const MORE = 15;

export function isLz(data: Uint8Array): boolean {
  return MAGIC.every((byte, at) => data[at] === byte);
}

const read32 = (data: Uint8Array, at: number): number =>
  ((data[at] ?? 0) |
    ((data[at + 1] ?? 0) << 8) |
    ((data[at + 2] ?? 0) << 16) |
    ((data[at + 3] ?? 0) << 24)) >>>
  0;

const hashOf = (quad: number): number => Math.imul(quad, 2654435761) >>> (32 - HASH_BITS);

/** Writes what a nibble of 15 leaves of a count, 255 a byte; returns the next position. */
function writeCount(out: Uint8Array, at: number, count: number): number {
  let rest = count - MORE;
  for (; rest >= 255; rest -= 255) out[at++] = 255;
  out[at++] = rest;
  return at;
}

interface Writer {
  input: Uint8Array;
  out: Uint8Array;
  at: number;
}

/**
 * One sequence: the input's bytes from..to as literals, then a repeat of `length` bytes from
 * `distance` back; the last sequence has no repeat (length 0). Literals are copied in a loop: a
 * view per sequence for `set` cost more than the copying, over a million sequences.
 */
function writeSequence(w: Writer, from: number, to: number, length = 0, distance = 0): void {
  const literals = to - from;
  const extra = length - MIN_MATCH;
  const token = w.at++;
  w.out[token] = (Math.min(literals, MORE) << 4) | (length ? Math.min(extra, MORE) : 0);
  if (literals >= MORE) w.at = writeCount(w.out, w.at, literals);
  for (let at = from; at < to; at++) w.out[w.at++] = w.input[at] ?? 0;
  if (!length) return;
  w.out[w.at++] = distance & 0xff;
  w.out[w.at++] = distance >> 8;
  if (extra >= MORE) w.at = writeCount(w.out, w.at, extra);
}

export function lzCompress(input: Uint8Array): Uint8Array {
  // Literals alone at worst: a count byte per 255 of them, a token, the header.
  const out = new Uint8Array(HEADER + input.length + Math.ceil(input.length / 255) + 16);
  out.set(MAGIC);
  new DataView(out.buffer).setUint32(MAGIC.length, input.length, true);
  const w: Writer = { input, out, at: HEADER };
  const lastAt = new Int32Array(1 << HASH_BITS).fill(-1);
  let literalsFrom = 0;
  let at = 0;
  while (at + MIN_MATCH <= input.length) {
    const quad = read32(input, at);
    const hash = hashOf(quad);
    const candidate = lastAt[hash] ?? -1;
    lastAt[hash] = at;
    if (candidate < 0 || at - candidate > MAX_DISTANCE || read32(input, candidate) !== quad) {
      at++;
      continue;
    }
    let length = MIN_MATCH;
    while (at + length < input.length && input[candidate + length] === input[at + length]) length++;
    writeSequence(w, literalsFrom, at, length, at - candidate);
    at += length;
    literalsFrom = at;
  }
  writeSequence(w, literalsFrom, input.length);
  return out.slice(0, w.at);
}

const damaged = () => new Error('a compressed body is damaged');

export function lzDecompress(data: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!isLz(data) || data.length < HEADER) throw new Error('not a compressed body');
  const out = new Uint8Array(read32(data, MAGIC.length));
  let from = HEADER;
  let to = 0;
  const count = (nibble: number): number => {
    let total = nibble;
    if (nibble === MORE) {
      let byte: number;
      do total += byte = data[from++] ?? 0;
      while (byte === 255);
    }
    return total;
  };
  while (from < data.length) {
    const token = data[from++] ?? 0;
    const literals = count(token >> 4);
    for (let end = from + literals; from < end; from++) out[to++] = data[from] ?? 0;
    if (from >= data.length) break;
    const distance = (data[from++] ?? 0) | ((data[from++] ?? 0) << 8);
    const length = count(token & 0xf) + MIN_MATCH;
    if (distance === 0 || distance > to || to + length > out.length) throw damaged();
    // Byte by byte: a repeat may overlap the bytes it writes (a run).
    for (let end = to + length; to < end; to++) out[to] = out[to - distance] ?? 0;
  }
  if (to !== out.length || from !== data.length) throw damaged();
  return out;
}
