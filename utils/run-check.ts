import type { Progress } from '../lib/types';
import {
  CheckFailure,
  type CheckOutcome,
  type CheckReply,
  type CheckRequest,
} from './check-protocol';
import { loadReferenceBytes } from './reference-client';
import ValidationWorker from './validation.worker?worker';

/**
 * Checks a file in a fresh validation worker; resolves with the outcome, rejects with a message a
 * person can read. The worker is ended either way, so no memory outlives the check.
 */
export async function runCheck(
  file: File,
  settings: unknown,
  onProgress: (progress: Progress) => void,
): Promise<CheckOutcome> {
  const bytes = await file.arrayBuffer();
  const reference = await loadReferenceBytes();
  const worker = new ValidationWorker();
  try {
    return await new Promise<CheckOutcome>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
        if (data.type === 'progress') onProgress(data.progress);
        else if (data.type === 'done') resolve(data.outcome);
        else reject(new CheckFailure(data.message, data.about));
      };
      worker.onerror = (event) =>
        reject(new CheckFailure(event.message || 'The checker stopped.', 'file'));
      const request: CheckRequest = { type: 'check', name: file.name, bytes, settings, reference };
      worker.postMessage(request, reference ? [bytes, reference] : [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
