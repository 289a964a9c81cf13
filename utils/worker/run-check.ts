import type { Change, Progress } from '../../lib/types';
import {
  CheckFailure,
  type CheckOutcome,
  type CheckReply,
  type CheckRequest,
} from './check-protocol';
import { loadReferenceBytes } from './reference-client';
import ValidationWorker from './validation.worker?worker';

export interface CheckRun {
  outcome: CheckOutcome;
  /** The report compressed for the history, which the worker makes once the outcome is out. */
  packed: Promise<string>;
}

/**
 * How long a checking worker may say nothing before it is taken for hung: it reports progress
 * every few thousand rows, a fraction of a second even on HighLevel's largest files.
 */
export const WORKER_SILENCE_MS = 15_000;

/**
 * Checks a file in a fresh validation worker; resolves with the outcome, rejects with a message a
 * person can read, also when the worker dies or falls silent. The worker ends once it has packed
 * the report or failed, so no memory outlives the check.
 */
export async function runCheck(
  file: File,
  settings: unknown,
  onProgress: (progress: Progress) => void,
  pass?: string | null,
): Promise<CheckRun> {
  const bytes = await file.arrayBuffer();
  // Without the contacts export the check still runs: 1006 and 1010 then judge the file alone.
  const reference = await loadReferenceBytes(pass).catch((error: unknown) => {
    console.warn('Preflight: the contacts export could not be read', error);
    return null;
  });
  const worker = new ValidationWorker();
  return new Promise<CheckRun>((resolve, reject) => {
    let packing: { resolve: (body: string) => void; reject: (error: Error) => void } | null = null;
    let lastHeard = Date.now();
    // The parts that come before `done` (see CheckReply), gathered as they arrive.
    const rows: (readonly string[])[] = [];
    const changes: Change[] = [];
    const watchdog = setInterval(() => {
      if (Date.now() - lastHeard <= WORKER_SILENCE_MS) return;
      const seconds = WORKER_SILENCE_MS / 1000;
      fail(
        new CheckFailure(`the checker stopped answering (nothing for ${seconds} seconds)`, 'file'),
      );
    }, 1000);
    const fail = (error: CheckFailure) => {
      clearInterval(watchdog);
      worker.terminate();
      if (packing) packing.reject(error);
      else reject(error);
    };
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      lastHeard = Date.now();
      if (data.type === 'progress') onProgress(data.progress);
      else if (data.type === 'rows') for (const row of data.rows) rows.push(row);
      else if (data.type === 'changes') for (const change of data.changes) changes.push(change);
      else if (data.type === 'done') {
        // Packing the report for the history may take its time: only its result is at stake.
        clearInterval(watchdog);
        const packed = new Promise<string>((done, failed) => {
          packing = { resolve: done, reject: failed };
        });
        // A run superseded before it is shown has nobody waiting on its packing.
        packed.catch(() => undefined);
        const { outcome } = data;
        const run = {
          outcome: {
            ...outcome,
            rows: outcome.rows && rows,
            report: { ...outcome.report, changes },
          },
          packed,
        };
        // Shown in a task of its own: reading this message was already a task's worth of work.
        setTimeout(() => resolve(run));
      } else if (data.type === 'packed') {
        worker.terminate();
        packing?.resolve(data.body);
      } else fail(new CheckFailure(data.message, data.about));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new CheckFailure(`the checker stopped: ${event.message || 'it crashed'}`, 'file'));
    };
    const request: CheckRequest = { type: 'check', name: file.name, bytes, settings, reference };
    worker.postMessage(request, reference ? [bytes, reference] : [bytes]);
  });
}
