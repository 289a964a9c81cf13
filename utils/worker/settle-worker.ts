/** What a one-shot worker's reply comes to: the result, a failure, or nothing yet (a part). */
export type Settled<Result> = { result: Result } | { error: string } | null;

/**
 * Waits for a worker started for one request: each reply goes to `receive` until one settles it.
 * The worker is ended then, or when it dies or takes longer than `timeoutMs`; every failure is a
 * message a person can read. `doing` names the work ("explaining"), `stopped` its crash.
 */
export function settleWorker<Reply, Result>(
  worker: Worker,
  { doing, stopped, timeoutMs }: { doing: string; stopped: string; timeoutMs: number },
  receive: (reply: Reply) => Settled<Result>,
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      end();
      reject(new Error(`${doing} took over ${timeoutMs / 1000} seconds`));
    }, timeoutMs);
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const settled = receive(data);
      if (!settled) return;
      end();
      if ('error' in settled) reject(new Error(settled.error));
      else resolve(settled.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error(`${stopped}: ${event.message || 'it crashed'}`));
    };
  });
}
