import type { CellEdit } from '../../lib/engine';
import type { Progress } from '../../lib/types';
import { TextRows } from '../rows/text-rows';
import {
  CheckFailure,
  type CheckFiles,
  type CheckOutcome,
  type CheckReply,
  type CheckRequest,
} from './check-protocol';
import { loadReferenceBytes } from './reference-client';
import { ReportParts } from './report-parts';
import ValidationWorker from './validation.worker?worker';

export interface CheckRun {
  /** The result as soon as it is known, before its files and rows (none yet: null and empty). */
  outcome: CheckOutcome;
  /** The same result with its cleaned file, its parts and its rows, written after it. */
  complete: Promise<CheckOutcome>;
  /**
   * The report compressed for the history, which the worker makes once the outcome is out, in
   * the pieces it sent (utils/messaging/pieces.ts): they go on to the background as they are.
   */
  packed: Promise<string[]>;
}

/** A promise with its settlers, for what a later message brings. */
interface Later<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function later<T>(): Later<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((done, failed) => {
    resolve = done;
    reject = failed;
  });
  return { promise, resolve, reject };
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

/** A worker started before the first file is picked (`startWorkerAhead`), holding none yet. */
let spare: Worker | null = null;

/**
 * Starts the checking worker while the user is still choosing a file: compiling the engine and
 * its phone metadata (0.1 to 0.25 s on a 2-core machine) is then off the path from the pick to
 * the result. Nothing is started when a worker is already there.
 */
export function startWorkerAhead(): void {
  if (!warm && !spare) spare = new ValidationWorker();
}

/**
 * The warm worker when it holds this file and is idle; otherwise the spare one or a new one (the
 * old one ends).
 */
function workerFor(file: File): { slot: WarmWorker; holdsFile: boolean } {
  if (warm?.file === file && warm.stop === null) return { slot: warm, holdsFile: true };
  warm?.stop?.();
  warm?.worker.terminate();
  warm = { worker: spare ?? new ValidationWorker(), file, stop: null };
  spare = null;
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
  // The worker is this run's from now on: a check started while this one still reads what it
  // sends (a menu chosen by typing changes twice in a moment) must not take it over as idle.
  let superseded = false;
  slot.stop = () => {
    superseded = true;
  };
  // Both at once: the contacts export comes from the background, a round trip of its own.
  const [bytes, reference] = await Promise.all([
    holdsFile ? null : file.arrayBuffer(),
    // Without the contacts export the check still runs: 1006 and 1010 then judge the file alone.
    loadReferenceBytes(pass).catch((error: unknown) => {
      console.warn('Preflight: the contacts export could not be read', error);
      return null;
    }),
  ]);
  if (superseded) throw new CheckFailure('a newer check took its place', 'file');
  return new Promise<CheckRun>((resolve, reject) => {
    /** What the run still owes once its result is out: the files, then the packed report. */
    let owed: { files: Later<CheckFiles>; packed: Later<string[]> } | null = null;
    let lastHeard = Date.now();
    // The parts that come before `done` (see CheckReply), gathered as they arrive.
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
      if (!owed) return reject(error);
      owed.files.reject(error);
      owed.packed.reject(error);
    };
    slot.stop = () => fail(new CheckFailure('a newer check took its place', 'file'));
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      lastHeard = Date.now();
      if (data.type === 'progress') onProgress(data.progress);
      else if (parts.take(data)) return;
      else if (data.type === 'done') {
        const outcome: CheckOutcome = {
          ...data.outcome,
          report: parts.into(data.outcome.report),
          grid: parts.grid,
          cleaned: null,
          parts: [],
          rejected: null,
          overSizeLimit: false,
          rows: null,
        };
        owed = { files: later(), packed: later() };
        // The grid's facts come between the result and the files.
        const complete = owed.files.promise.then(({ rows, ...files }) => ({
          ...outcome,
          ...files,
          grid: parts.grid,
          rows: rows && new TextRows(rows.bytes, rows.starts),
        }));
        // A run superseded before it is shown has nobody waiting on the rest.
        complete.catch(() => undefined);
        owed.packed.promise.catch(() => undefined);
        const run = { outcome, complete, packed: owed.packed.promise };
        // Shown in a task of its own: reading this message was already a task's worth of work.
        setTimeout(() => resolve(run));
      } else if (data.type === 'files') {
        // Packing the report for the history may take its time: only the result was at stake.
        clearInterval(watchdog);
        owed?.files.resolve(data);
      } else if (data.type === 'packed-piece') packedPieces.push(data.text);
      else if (data.type === 'packed') {
        finish(true);
        owed?.packed.resolve(packedPieces);
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
