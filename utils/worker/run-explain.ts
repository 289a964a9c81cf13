import type { ExplainResult } from '../../lib/errorlog';
import type { CheckedOriginal } from '../../lib/errorlog/retry';
import type { ExplainReply, ExplainRequest } from './explain-protocol';
import ExplainWorker from './explain.worker?worker';

/** How long explaining may take: it checks the original once, then a few small files. */
const EXPLAIN_TIMEOUT_MS = 60_000;

export interface Explained {
  result: ExplainResult;
  /** The kept report taken for the original, by its place in `kept`; null for none. */
  chosen: number | null;
}

/**
 * Explains an error log in a worker of its own; rejects with a message a person can read, also
 * when the worker dies or takes too long.
 */
export async function runExplain(
  log: File,
  original: File | null,
  kept: CheckedOriginal[],
  settings: unknown,
): Promise<Explained> {
  const request: ExplainRequest = {
    log: await log.arrayBuffer(),
    original: original && { name: original.name, bytes: await original.arrayBuffer() },
    kept,
    settings,
  };
  const worker = new ExplainWorker();
  return new Promise<Explained>((resolve, reject) => {
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      end();
      reject(new Error(`explaining took over ${EXPLAIN_TIMEOUT_MS / 1000} seconds`));
    }, EXPLAIN_TIMEOUT_MS);
    worker.onmessage = ({ data }: MessageEvent<ExplainReply>) => {
      end();
      if (data.type === 'done') resolve({ result: data.result, chosen: data.chosen });
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error(`the explainer stopped: ${event.message || 'it crashed'}`));
    };
    const transfer = [request.log, ...(request.original ? [request.original.bytes] : [])];
    worker.postMessage(request, transfer);
  });
}
