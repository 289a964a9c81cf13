import type { ExplainResult } from '../../lib/errorlog';
import type { CheckedOriginal } from '../../lib/errorlog/retry';
import type { ExplainReply, ExplainRequest } from './explain-protocol';
import ExplainWorker from './explain.worker?worker';
import { settleWorker } from './settle-worker';

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
  const explaining = settleWorker<ExplainReply, Explained>(
    worker,
    { doing: 'explaining', stopped: 'the explainer stopped', timeoutMs: EXPLAIN_TIMEOUT_MS },
    (data) =>
      data.type === 'done'
        ? { result: { result: data.result, chosen: data.chosen } }
        : { error: data.message },
  );
  const transfer = [request.log, ...(request.original ? [request.original.bytes] : [])];
  worker.postMessage(request, transfer);
  return explaining;
}
