import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { CheckOutcome } from './check-protocol';

/** The part of a check the history keeps compressed: enough to show and download it again. */
export type StoredOutcome = Pick<
  CheckOutcome,
  'report' | 'cleaned' | 'rejected' | 'rows' | 'firstRowNumber'
>;

export function pack(outcome: StoredOutcome): Uint8Array {
  const { report, cleaned, rejected, rows, firstRowNumber } = outcome;
  return gzipSync(strToU8(JSON.stringify({ report, cleaned, rejected, rows, firstRowNumber })));
}

export function unpack(data: Uint8Array): StoredOutcome {
  return JSON.parse(strFromU8(gunzipSync(data))) as StoredOutcome;
}

/**
 * Extension messages travel as JSON, where a Uint8Array would become an object of numbers:
 * compressed bytes cross as base64. Chunked, because spreading megabytes overflows the stack.
 */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
