import type { Progress } from '../../lib/types';
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
 * Checks a file in a fresh validation worker; resolves with the outcome, rejects with a message a
 * person can read. The worker ends once it has packed the report or failed, so no memory
 * outlives the check.
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
    const fail = (error: CheckFailure) => {
      worker.terminate();
      if (packing) packing.reject(error);
      else reject(error);
    };
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      if (data.type === 'progress') onProgress(data.progress);
      else if (data.type === 'done') {
        const packed = new Promise<string>((done, failed) => {
          packing = { resolve: done, reject: failed };
        });
        // A run superseded before it is shown has nobody waiting on its packing.
        packed.catch(() => undefined);
        resolve({ outcome: data.outcome, packed });
      } else if (data.type === 'packed') {
        worker.terminate();
        packing?.resolve(data.body);
      } else fail(new CheckFailure(data.message, data.about));
    };
    worker.onerror = (event) =>
      fail(new CheckFailure(event.message || 'The checker stopped.', 'file'));
    const request: CheckRequest = { type: 'check', name: file.name, bytes, settings, reference };
    worker.postMessage(request, reference ? [bytes, reference] : [bytes]);
  });
}
