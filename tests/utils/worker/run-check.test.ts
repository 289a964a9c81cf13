import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckReply, CheckRequest } from '../../../utils/worker/check-protocol';
import { beforeLookup } from '../../../utils/report-index/befores';
import { gridFactsOf } from '../../../utils/report-index/grid-facts';
import { rowBytes } from '../../../utils/rows/text-rows';

/** A stand-in for the validation worker: answers as the real one does, or as told to fail. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static behaviour: 'answer' | 'silent' | 'crash' | 'bad-settings' | 'crash-after-result' =
    'answer';
  requests: CheckRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: CheckReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: CheckRequest) {
    this.requests.push(request);
    const reply = (data: CheckReply) => setTimeout(() => this.onmessage?.({ data }));
    if (FakeWorker.behaviour === 'silent') return;
    if (FakeWorker.behaviour === 'bad-settings') {
      reply({ type: 'error', message: 'Invalid settings: country', about: 'settings' });
      return;
    }
    if (FakeWorker.behaviour === 'crash') {
      setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} }));
      return;
    }
    // The issues come with the progress, before the rest; the grid's facts follow the result.
    reply({
      type: 'issues',
      issues: [
        {
          code: '1008',
          reason: 'invalid',
          class: 'row-skipped',
          row: 3,
          column: 'Email',
          value: 'b@',
          fix: null,
        },
      ],
    });
    reply({ type: 'done', outcome: { report: { changes: [], issues: [] } } as never });
    reply({
      type: 'grid',
      grid: gridFactsOf({
        changes: [{ row: 2, column: 'Email', code: 'PF08', before: ' a', after: 'a' }],
        issues: [],
        file: { columns: ['Email'] } as never,
      }),
    });
    if (FakeWorker.behaviour === 'crash-after-result') {
      setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} }));
      return;
    }
    const cleaned = new Blob(['Email\r\na@x.com'], { type: 'text/csv' });
    reply({
      type: 'files',
      cleaned,
      parts: [],
      rejected: null,
      overSizeLimit: false,
      rows: rowBytes('a@x.com', 1),
    });
    // The packed report in pieces, put back together by runCheck.
    reply({ type: 'packed-piece', text: 'pack' });
    reply({ type: 'packed-piece', text: 'ed' });
    reply({ type: 'packed' });
  }
  terminate() {
    this.terminated = true;
  }
}

vi.mock('../../../utils/worker/validation.worker?worker', () => ({ default: FakeWorker }));
vi.mock('../../../utils/worker/reference-client', () => ({
  loadReferenceBytes: async () => null,
}));

const { runCheck, WORKER_SILENCE_MS } = await import('../../../utils/worker/run-check');
const file = (name: string) => new File(['Email\r\na@x.com\r\n'], name, { type: 'text/csv' });
const noProgress = () => undefined;

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.behaviour = 'answer';
});
afterEach(() => vi.useRealTimers());

describe('running a check in the validation worker', () => {
  it('gathers the issues sent in parts into the outcome, the changes’ befores once complete', async () => {
    const { outcome, complete, packed } = await runCheck(file('a.csv'), {}, noProgress);
    expect(outcome.report.issues).toMatchObject([{ code: '1008', row: 3 }]);
    expect(beforeLookup((await complete).grid.befores)(2, 'Email')).toBe(' a');
    expect(await packed).toEqual(['pack', 'ed']);
  });

  it('gives the result before its files and rows, then the result with them', async () => {
    const { outcome, complete } = await runCheck(file('a.csv'), {}, noProgress);
    expect(outcome).toMatchObject({ cleaned: null, parts: [], rows: null });
    const done = await complete;
    expect(done.report).toBe(outcome.report);
    expect(await done.cleaned?.text()).toBe('Email\r\na@x.com');
    expect(done.rows?.length).toBe(1);
    expect(done.rows?.at(0)?.at(0)).toBe('a@x.com');
  });

  it('fails the files, not the result, when the worker dies after the result', async () => {
    FakeWorker.behaviour = 'crash-after-result';
    const { complete, packed } = await runCheck(file('late.csv'), {}, noProgress);
    await expect(complete).rejects.toThrow('the checker stopped: out of memory');
    await expect(packed).rejects.toThrow('out of memory');
    expect(FakeWorker.made.at(-1)?.terminated).toBe(true);
  });

  it('checks the same file again in the warm worker, without sending its bytes again', async () => {
    const picked = file('warm.csv');
    await (
      await runCheck(picked, { country: 'US' }, noProgress)
    ).packed;
    await (
      await runCheck(picked, { country: 'GB' }, noProgress)
    ).packed;
    expect(FakeWorker.made.at(-1)?.requests.map((request) => request.bytes === null)).toEqual([
      false,
      true,
    ]);
    const other = FakeWorker.made.at(-1);
    await runCheck(file('other.csv'), {}, noProgress);
    expect(other?.terminated).toBe(true);
    expect(FakeWorker.made.at(-1)).not.toBe(other);
    expect(FakeWorker.made.at(-1)?.requests[0]?.bytes).toBeInstanceOf(ArrayBuffer);
  });

  it('keeps the file in the worker when the settings fail, and checks it there once fixed', async () => {
    FakeWorker.behaviour = 'bad-settings';
    const picked = file('settings.csv');
    await expect(runCheck(picked, { country: 'XX' }, noProgress)).rejects.toThrow(
      'Invalid settings',
    );
    const kept = FakeWorker.made.at(-1);
    expect(kept?.terminated).toBe(false);
    FakeWorker.behaviour = 'answer';
    await (
      await runCheck(picked, { country: 'GB' }, noProgress)
    ).packed;
    expect(FakeWorker.made.at(-1)).toBe(kept);
    expect(kept?.requests.map((request) => request.bytes === null)).toEqual([false, true]);
  });

  it('ends a check a newer one replaces, in a new worker', async () => {
    FakeWorker.behaviour = 'silent';
    const picked = file('busy.csv');
    const first = runCheck(picked, {}, noProgress);
    await vi.waitFor(() => expect(FakeWorker.made.at(-1)?.requests).toHaveLength(1));
    const busy = FakeWorker.made.at(-1);
    FakeWorker.behaviour = 'answer';
    const second = runCheck(picked, {}, noProgress);
    await expect(first).rejects.toThrow('a newer check took its place');
    expect(busy?.terminated).toBe(true);
    expect((await (await second).complete).rows?.at(0)?.at(0)).toBe('a@x.com');
  });

  it('ends a check a newer one replaces before it reached the worker', async () => {
    // Two changes a moment apart (a menu chosen by typing): the first is still fetching what it
    // sends when the second starts, and must not share the warm worker with it.
    const picked = file('typed.csv');
    await (
      await runCheck(picked, {}, noProgress)
    ).packed;
    const first = runCheck(picked, { mapping: { mobile: 'postal_code' } }, noProgress);
    const second = runCheck(picked, { mapping: { mobile: 'phone' } }, noProgress);
    await expect(first).rejects.toThrow('a newer check took its place');
    const { complete, packed } = await second;
    expect((await complete).rows?.at(0)?.at(0)).toBe('a@x.com');
    expect(await packed).toEqual(['pack', 'ed']);
    const answering = FakeWorker.made.filter((worker) => !worker.terminated);
    expect(answering).toHaveLength(1);
    expect(answering[0]?.requests.at(-1)?.settings).toEqual({ mapping: { mobile: 'phone' } });
  });

  it('starts its worker while the user chooses the file, and checks the file in it', async () => {
    vi.resetModules();
    const fresh = await import('../../../utils/worker/run-check');
    fresh.startWorkerAhead();
    fresh.startWorkerAhead();
    expect(FakeWorker.made).toHaveLength(1);
    const [ahead] = FakeWorker.made;
    expect(ahead?.requests).toEqual([]);
    await (
      await fresh.runCheck(file('picked.csv'), {}, noProgress)
    ).packed;
    expect(FakeWorker.made).toEqual([ahead]);
    expect(ahead?.requests[0]?.bytes).toBeInstanceOf(ArrayBuffer);
    // A worker is there now: none is started ahead of the next pick.
    fresh.startWorkerAhead();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('ends a check whose worker crashes, at once', async () => {
    FakeWorker.behaviour = 'crash';
    await expect(runCheck(file('crash.csv'), {}, noProgress)).rejects.toThrow(
      'the checker stopped: out of memory',
    );
    expect(FakeWorker.made.at(-1)?.terminated).toBe(true);
  });

  it('ends a check whose worker says nothing for too long', async () => {
    vi.useFakeTimers();
    FakeWorker.behaviour = 'silent';
    const run = runCheck(file('hung.csv'), {}, noProgress);
    const failed = expect(run).rejects.toThrow('stopped answering');
    await vi.advanceTimersByTimeAsync(WORKER_SILENCE_MS + 2_000);
    await failed;
    expect(FakeWorker.made.at(-1)?.terminated).toBe(true);
  });
});
