/// <reference lib="webworker" />
/**
 * The validation worker: runs the engine off the page's thread and streams its progress. Started
 * by utils/run-check.ts; one worker per check.
 */
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkFile } from '../lib/engine';
import { buildReference } from '../lib/reference';
import { createPhoneJudge } from '../lib/values/phone';
import { parseSettings } from '../lib/settings';
import type { CheckReply, CheckRequest } from './check-protocol';

declare const self: DedicatedWorkerGlobalScope;
const phoneMetadata = metadata as unknown as MetadataJson;
const post = (reply: CheckReply) => self.postMessage(reply);

const hex = (digest: ArrayBuffer) =>
  [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
  const parsed = parseSettings(data.settings);
  if (!parsed.ok) {
    post({ type: 'error', message: `Invalid settings: ${parsed.errors.join('; ')}` });
    return;
  }
  const reference = data.reference
    ? buildReference(
        new Uint8Array(data.reference),
        createPhoneJudge(parsed.settings.country, phoneMetadata),
      )
    : null;
  if (reference && !reference.ok) {
    post({ type: 'error', message: `The contacts export in the options: ${reference.message}` });
    return;
  }
  try {
    // Started first: digest() copies the bytes now and hashes while the check runs.
    const hash = crypto.subtle.digest('SHA-256', data.bytes).then(hex);
    const { report, cleaned, rejected, parts, rows, firstRowNumber } = checkFile(
      { name: data.name, bytes: new Uint8Array(data.bytes) },
      parsed.settings,
      { phoneMetadata },
      {
        reference: reference?.reference,
        onProgress: (progress, issues) => post({ type: 'progress', progress, issues: [...issues] }),
      },
    );
    post({
      type: 'done',
      outcome: { report, cleaned, rejected, parts, rows, firstRowNumber, hash: await hash },
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
