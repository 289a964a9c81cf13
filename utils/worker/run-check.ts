import type { CellEdit } from '../../lib/engine';
import type { Progress } from '../../lib/types';
import { TextRows } from '../rows/text-rows';
import {
  CheckFailure,
  type CheckOutcome,
  type CheckReply,
  type CheckRequest,
} from './check-protocol';
import { loadReferenceBytes } from './reference-client';
import { ReportParts } from './report-parts';
import ValidationWorker from './validation.worker?worker';

export interface CheckRun {
  outcome: CheckOutcome;
  /**
   * The report compressed for the history, which the worker makes once the outcome is out, in
   * the pieces it sent (utils/messaging/pieces.ts): they go on to the background as they are.
   */
  packed: Promise<string[]>;
}

/**
 * How long a checking worker may say nothing before it is taken for hung: it reports progress
 * every few thousand rows, a fraction of a second even on HighLevel's largest files.
 */
export const WORKER_SILENCE_MS = 15_000;

/**
 * The worker that checked the last file, kept warm with that file's bytes: checking the same file
 * again with other settings skips reading it, sending it and starting a worker. `stop` ends the
 * run it is busy with, if any.
 */
interface WarmWorker {
  worker: Worker;
  file: File;
  stop: (() => void) | null;
}
let warm: WarmWorker | null = null;

/** The warm worker when it holds this file and is idle; otherwise a new one (the old one ends). */
function workerFor(file: File): { slot: WarmWorker; holdsFile: boolean } {
  if (warm?.file === file && warm.stop === null) return { slot: warm, holdsFile: true };
  warm?.stop?.();
  warm?.worker.terminate();
  warm = { worker: new ValidationWorker(), file, stop: null };
  return { slot: warm, holdsFile: false };
}

/**
 * Checks a file in the validation worker; resolves with the outcome, rejects with a message a
 * person can read, also when the worker dies or falls silent. A later check of the same file
 * reuses the worker; a check of another file, or one started while this one runs, ends it.
 */
export async function runCheck(
  file: File,
  settings: unknown,
  onProgress: (progress: Progress) => void,
  pass?: string | null,
  edits: readonly CellEdit[] = [],
): Promise<CheckRun> {
  const { slot, holdsFile } = workerFor(file);
  const { worker } = slot;
  const bytes = holdsFile ? null : await file.arrayBuffer();
  // Without the contacts export the check still runs: 1006 and 1010 then judge the file alone.
  const reference = await loadReferenceBytes(pass).catch((error: unknown) => {
    console.warn('Preflight: the contacts export could not be read', error);
    return null;
  });
  return new Promise<CheckRun>((resolve, reject) => {
    let packing: { resolve: (pieces: string[]) => void; reject: (error: Error) => void } | null =
      null;
    let lastHeard = Date.now();
    // The parts that come before `done` (see CheckReply), gathered as they arrive.
    let rows: TextRows | null = null;
    const parts = new ReportParts();
    const packedPieces: string[] = [];
    const watchdog = setInterval(() => {
      if (Date.now() - lastHeard <= WORKER_SILENCE_MS) return;
      const seconds = WORKER_SILENCE_MS / 1000;
      fail(
        new CheckFailure(`the checker stopped answering (nothing for ${seconds} seconds)`, 'file'),
      );
    }, 1000);
    /** The run is over: the worker stays warm for this file unless it failed. */
    const finish = (keepWarm: boolean) => {
      clearInterval(watchdog);
      slot.stop = null;
      if (keepWarm) return;
      worker.terminate();
      if (warm === slot) warm = null;
    };
    const fail = (error: CheckFailure) => {
      finish(false);
      if (packing) packing.reject(error);
      else reject(error);
    };
    slot.stop = () => fail(new CheckFailure('a newer check took its place', 'file'));
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      lastHeard = Date.now();
      if (data.type === 'progress') onProgress(data.progress);
      else if (data.type === 'rows') rows = new TextRows(data.bytes, data.starts);
      else if (parts.take(data)) return;
      else if (data.type === 'done') {
        // Packing the report for the history may take its time: only its result is at stake.
        clearInterval(watchdog);
        const packed = new Promise<string[]>((done, failed) => {
          packing = { resolve: done, reject: failed };
        });
        // A run superseded before it is shown has nobody waiting on its packing.
        packed.catch(() => undefined);
        const { outcome } = data;
        const run = {
          outcome: {
            ...outcome,
            rows: outcome.rows && rows,
            report: parts.into(outcome.report),
            grid: parts.grid,
          },
          packed,
        };
        // Shown in a task of its own: reading this message was already a task's worth of work.
        setTimeout(() => resolve(run));
      } else if (data.type === 'packed-piece') packedPieces.push(data.text);
      else if (data.type === 'packed') {
        finish(true);
        packing?.resolve(packedPieces);
      } else if (data.about === 'settings') {
        // Settings the user must fix end this run only: the worker keeps the file for the next.
        finish(true);
        reject(new CheckFailure(data.message, data.about));
      } else fail(new CheckFailure(data.message, data.about));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new CheckFailure(`the checker stopped: ${event.message || 'it crashed'}`, 'file'));
    };
    const request: CheckRequest = {
      type: 'check',
      name: file.name,
      bytes,
      settings,
      reference,
      edits,
    };
    const transfer = [bytes, reference].filter((buffer) => buffer !== null);
    worker.postMessage(request, transfer);
  });
}
