import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleWorker, type Settled } from '../../../utils/worker/settle-worker';

/** Enough of a Worker for settleWorker: the page's side of its messages, and whether it ended. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} });
  }
  terminate() {
    this.terminated = true;
  }
}

const WORK = { doing: 'opening the report', stopped: 'the report could not be opened' };

/** Replies are numbers: negative is a failure, zero a part, positive the result. */
function start(timeoutMs = 1000) {
  const worker = new FakeWorker();
  const parts: number[] = [];
  const settled = settleWorker<number, number>(
    worker as unknown as Worker,
    { ...WORK, timeoutMs },
    (reply): Settled<number> => {
      if (reply === 0) {
        parts.push(reply);
        return null;
      }
      return reply < 0 ? { error: `failed ${-reply}` } : { result: reply };
    },
  );
  return { worker, parts, settled };
}

afterEach(() => vi.useRealTimers());

describe('a worker started for one request', () => {
  it('takes its parts, then its result, and ends it', async () => {
    const { worker, parts, settled } = start();
    worker.reply(0);
    worker.reply(0);
    expect(worker.terminated).toBe(false);
    worker.reply(7);
    await expect(settled).resolves.toBe(7);
    expect(parts).toHaveLength(2);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with its failure, its crash or its silence, in words, and ends it', async () => {
    const failing = start();
    failing.worker.reply(-2);
    await expect(failing.settled).rejects.toThrow('failed 2');
    expect(failing.worker.terminated).toBe(true);

    const crashing = start();
    crashing.worker.crash('out of memory');
    await expect(crashing.settled).rejects.toThrow('the report could not be opened: out of memory');
    expect(crashing.worker.terminated).toBe(true);

    vi.useFakeTimers();
    const silent = start(5000);
    vi.advanceTimersByTime(5000);
    await expect(silent.settled).rejects.toThrow('opening the report took over 5 seconds');
    expect(silent.worker.terminated).toBe(true);
  });
});
