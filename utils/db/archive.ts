import { upgradeReport, type ReportV1 } from '../../lib/report';
import type { Report } from '../../lib/types';
import type { CheckOutcome } from '../worker/check-protocol';

/** The part of a check the history keeps compressed: enough to show and download it again. */
export type StoredOutcome = Pick<
  CheckOutcome,
  'report' | 'cleaned' | 'rejected' | 'rows' | 'firstRowNumber'
>;

/**
 * The browser's own gzip (Compression Streams): native and streamed, several times faster than
 * a JavaScript deflate on the 40 MB of JSON a 100,000-row report makes.
 */
function through(data: Blob, transform: CompressionStream | DecompressionStream): Response {
  return new Response(data.stream().pipeThrough(transform));
}

export async function gzip(data: Blob): Promise<Uint8Array> {
  return new Uint8Array(await through(data, new CompressionStream('gzip')).arrayBuffer());
}

/** gzip'd bytes, decompressed as they are read: as bytes, text or a Blob. */
function gunzipped(data: Uint8Array<ArrayBuffer>): Response {
  return through(new Blob([data]), new DecompressionStream('gzip'));
}

export function gunzip(data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return gunzipped(data).arrayBuffer();
}

export function pack(outcome: StoredOutcome): Promise<Uint8Array> {
  const { report, cleaned, rejected, rows, firstRowNumber } = outcome;
  const json = JSON.stringify({ report, cleaned, rejected, rows, firstRowNumber });
  return gzip(new Blob([json]));
}

/** The stored outcome's JSON text, for an export that copies it without parsing it. */
export function unpackJson(data: Uint8Array<ArrayBuffer>): Promise<string> {
  return gunzipped(data).text();
}

/**
 * The stored outcome's JSON as a Blob, read to its end: the browser may keep it out of the
 * JavaScript heap, and a corrupt body rejects here rather than when the Blob is read.
 */
export function unpackBlob(data: Uint8Array<ArrayBuffer>): Promise<Blob> {
  return gunzipped(data).blob();
}

export async function unpack(data: Uint8Array<ArrayBuffer>): Promise<StoredOutcome> {
  const kept = JSON.parse(await unpackJson(data)) as Omit<StoredOutcome, 'report' | 'rejected'> & {
    report: Report | ReportV1;
    // Kept whole before the writer handed it over in pieces.
    rejected: StoredOutcome['rejected'] | string;
  };
  const { rejected } = kept;
  return {
    ...kept,
    report: upgradeReport(kept.report),
    rejected: typeof rejected === 'string' ? [rejected] : rejected,
  };
}

/** A report as the history's save message carries it; made in the worker, off the page. */
export async function packForMessage(outcome: StoredOutcome): Promise<string> {
  return toBase64(await pack(outcome));
}

/**
 * Extension messages travel as JSON, where a Uint8Array would become an object of numbers:
 * compressed bytes cross as base64. Chunked, because spreading megabytes overflows the stack.
 */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + CHUNK)));
  }
  return btoa(parts.join(''));
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
