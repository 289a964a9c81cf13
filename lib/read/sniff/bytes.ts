/** Reads of a file's bytes that never throw: outside the array they read zeros. Little-endian. */

export function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, o: number): number {
  return u16(b, o) + u16(b, o + 2) * 0x10000;
}

/** A 64-bit little-endian value, exact up to 2^53 (beyond that it is no real offset anyway). */
export function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

export function startsWith(b: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (b.length < at + signature.length) return false;
  return signature.every((v, i) => b[at + i] === v);
}

export function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}
