/// <reference lib="webworker" />
/**
 * The validation worker: runs the engine off the page's thread and streams its progress. Started
 * by utils/worker/run-check.ts; one worker per check.
 */
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkBeforeWriting, validEdits, type CellEdit, type CheckedFile } from '../../lib/engine';
import { inBytes, partsFrom, type PartSpans } from '../../lib/write';
import { buildReference, type Reference } from '../../lib/highlevel/contacts-export';
import { createPhoneJudge } from '../../lib/values/phone';
import type { Settings } from '../../lib/settings';
import { validateSettings } from '../../lib/settings-file';
import { packForMessage } from '../db/archive';
import { piecesOf } from '../messaging/pieces';
import { rowBytes, rowsAsText } from '../rows/text-rows';
import type { CheckOutcome, CheckReply, CheckRequest } from './check-protocol';
import { postGridFacts, postIssues, postReportParts, type ReportPart } from './report-parts';
import { rehearseFault } from './rehearsed-fault';

declare const self: DedicatedWorkerGlobalScope;
const phoneMetadata = metadata as unknown as MetadataJson;
const post = (reply: CheckReply) => self.postMessage(reply);

const hex = (digest: ArrayBuffer) =>
  [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The settings the engine can use, or why not: the user fixes these, the file is not at fault. */
function settingsOf(
  data: CheckRequest,
): { settings: Settings; reference: Reference | null } | string {
  const parsed = validateSettings(data.settings, phoneMetadata);
  if (!parsed.ok) return `Invalid settings: ${parsed.errors.join('; ')}`;
  const { settings } = parsed;
  if (!data.reference) return { settings, reference: null };
  const built = buildReference(
    new Uint8Array(data.reference),
    createPhoneJudge(settings.country, phoneMetadata),
  );
  return built.ok
    ? { settings, reference: built.reference }
    : `The contacts export in the options: ${built.message}`;
}

/** What the worker keeps of a check: the result, its files still to write. */
type Checked = CheckedFile &
  Pick<CheckOutcome, 'hash'> & {
    /** The first issues, posted as the check found them. */
    issuesSent: number;
  };

/** A part of the cleaned file: its header, then its lines (slices of a Blob copy nothing). */
const joinFile = (header: Blob, lines: Blob) => new Blob([header, lines], { type: 'text/csv' });

/** The cleaned text as a file, and its parts as slices of it (made here: Blobs take time). */
function asFiles(cleaned: string | null, spans: PartSpans) {
  if (cleaned === null) return { cleaned: null, parts: [] };
  const file = new Blob([cleaned], { type: 'text/csv' });
  return { cleaned: file, parts: partsFrom(file, inBytes(cleaned, spans), joinFile) };
}

const postPart = (part: ReportPart, transfer: ArrayBuffer[]) =>
  self.postMessage(part satisfies CheckReply, transfer);

/**
 * The engine's result, with the hash that tells two attempts at a file apart. The issues go to
 * the page as the check finds them: it indexes them while it waits, not after.
 */
async function check(
  name: string,
  bytes: ArrayBuffer,
  { settings, reference }: { settings: Settings; reference: Reference | null },
  edits: readonly CellEdit[],
): Promise<Checked> {
  let issuesSent = 0;
  // Started first: digest() copies the bytes now and hashes while the check runs.
  const hash = crypto.subtle.digest('SHA-256', bytes).then(hex);
  const result = checkBeforeWriting(
    { name, bytes: new Uint8Array(bytes) },
    settings,
    { phoneMetadata },
    {
      reference,
      edits,
      onProgress: (progress, found) => {
        post({ type: 'progress', progress });
        postIssues(found, postPart);
        issuesSent += found.length;
      },
    },
  );
  return { ...result, hash: await hash, issuesSent };
}

/**
 * The rest of the result first (the issues went with the progress: see CheckReply), then the
 * grid's facts, the files and the rows, which take a second to write at 30 MB: the user reads the
 * verdict meanwhile. Gives back the rows as one text, which the history keeps too.
 */
function postInParts(checked: Checked): string | null {
  const { report, firstRowNumber, layout, hash, rows, issuesSent } = checked;
  const rest = postReportParts(report, postPart, issuesSent);
  post({ type: 'done', outcome: { report: rest, firstRowNumber, layout, hash } });
  // The grid shows once the rows are in: what it needs of the changes comes with them.
  postGridFacts(report, postPart);
  const { cleaned, partSpans, rejected, overSizeLimit } = checked.write();
  const files = { ...asFiles(cleaned, partSpans), rejected, overSizeLimit };
  // Written once: the page reads the rows from it, and the history keeps it.
  const rowsText = rows && rowsAsText(rows);
  const text = rows && rowsText !== null ? rowBytes(rowsText, rows.length) : null;
  const reply: CheckReply = { type: 'files', ...files, rows: text };
  self.postMessage(reply, text ? [text.bytes.buffer, text.starts.buffer] : []);
  return rowsText;
}

/** The file last sent: a check of it again with other settings comes without its bytes. */
let held: ArrayBuffer | null = null;

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
  if (rehearseFault(data.name)) return;
  // Everything inside: a fault anywhere is told to the page, never left for its watchdog.
  // Kept whatever the settings: once they are fixed, the same file is checked without its bytes.
  held = data.bytes ?? held;
  try {
    const usable = settingsOf(data);
    if (typeof usable === 'string') {
      post({ type: 'error', message: usable, about: 'settings' });
      return;
    }
    if (!held) throw new Error('no file was sent to check');
    const checked = await check(data.name, held, usable, validEdits(data.edits));
    const rowsText = postInParts(checked);
    // The result is on screen by now; compressing it for the history must not hold it up.
    for (const text of piecesOf(await packForMessage(checked, rowsText))) {
      post({ type: 'packed-piece', text });
    }
    post({ type: 'packed' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', message, about: 'file' });
  }
};
