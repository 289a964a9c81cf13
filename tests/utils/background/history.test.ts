import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { verdictOf } from '../../../lib/verdict';
import { gzip, packForMessage, unpack } from '../../../utils/db/archive';
import { PreflightDb } from '../../../utils/db/db';
import {
  applyRetention,
  clearReports,
  deleteReports,
  expiredReports,
  saveReport,
} from '../../../utils/background/history';
import { reportToKeep } from '../../../utils/messaging/protocol';
import { check, csv } from '../../helpers';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 25, 12);

const opened: PreflightDb[] = [];
function freshDb(): PreflightDb {
  const db = new PreflightDb('preflight-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  return db;
}
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function outcomeOf(text: string) {
  return { ...check(text), hash: 'ab'.repeat(32) };
}

/** The save message the panel sends, with the body the worker packs. */
async function requestOf(
  outcome: ReturnType<typeof outcomeOf>,
  context: Parameters<typeof reportToKeep>[2],
) {
  return reportToKeep(outcome, await packForMessage(outcome), context);
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const FILE = csv('First Name,Email,Phone', 'Ann,ann@example.com,5551234567', 'Bob,not-an-email,');

describe('saveReport', () => {
  it('keeps the list entry and the compressed body, which unpacks to the same outcome', async () => {
    const db = freshDb();
    const outcome = outcomeOf(FILE);
    const reply = await saveReport(
      db,
      await requestOf(outcome, { site: 'https://app.gohighlevel.com', replaces: null }),
    );
    expect(reply).toMatchObject({ ok: true });
    const id = (reply as { id: number }).id;
    const entry = await db.reports.get(id);
    expect(entry).toMatchObject({
      fileName: 'test.csv',
      size: new TextEncoder().encode(FILE).length,
      site: 'https://app.gohighlevel.com',
      summary: outcome.report.summary,
      verdict: verdictOf(outcome.report),
    });
    const body = await db.bodies.get(id);
    const stored = await unpack(body!.data);
    expect(stored.cleaned).toBe(outcome.cleaned);
    expect(stored.rejected).toEqual(outcome.rejected);
    expect(stored.report.issues).toEqual(outcome.report.issues);
    expect(stored.report.changes).toEqual(outcome.report.changes);
    expect(stored.rows).toEqual(outcome.rows);
  });

  it('opens a body kept before the rejected file came in pieces', async () => {
    const { report, cleaned, rows, firstRowNumber } = outcomeOf(FILE);
    const rejected = (outcomeOf(FILE).rejected ?? []).join('');
    const old = await gzip(
      new Blob([JSON.stringify({ report, cleaned, rejected, rows, firstRowNumber })]),
    );
    expect((await unpack(old as Uint8Array<ArrayBuffer>)).rejected).toEqual([rejected]);
  });

  it('replaces the report a re-run of the same file points at, and adds when it is gone', async () => {
    const db = freshDb();
    const first = await saveReport(
      db,
      await requestOf(outcomeOf(FILE), { site: null, replaces: null }),
    );
    const id = (first as { id: number }).id;
    const again = await saveReport(
      db,
      await requestOf(outcomeOf(csv('Email', 'a@example.com')), {
        site: null,
        replaces: id,
      }),
    );
    expect(again).toEqual({ ok: true, id });
    expect(await db.reports.count()).toBe(1);
    expect((await unpack((await db.bodies.get(id))!.data)).report.file.columns).toEqual(['Email']);

    await deleteReports(db, [id]);
    const recreated = await saveReport(
      db,
      await requestOf(outcomeOf(FILE), { site: null, replaces: id }),
    );
    expect(recreated.ok).toBe(true);
    expect(await db.reports.count()).toBe(1);
  });

  // The browser's answers to a full disk: the write fails with QuotaExceededError, or (as
  // Chromium usually reports it, at commit) the transaction aborts with that as its cause.
  it.each([
    ['a QuotaExceededError', () => quotaError()],
    [
      'an AbortError caused by one',
      () => new Dexie.AbortError('The transaction was aborted.', quotaError()),
    ],
    [
      'an AbortError caused by one, with a bare message',
      () => Object.assign(new Dexie.AbortError('Aborted.'), { inner: quotaError() }),
    ],
  ])(
    'tells the user when the browser refuses the write for lack of space (%s), and keeps the rest',
    async (_, refusal) => {
      const db = freshDb();
      let diskFull = false;
      db.use({
        stack: 'dbcore',
        name: 'full-disk',
        create: (down) => ({
          ...down,
          table: (name) => {
            const table = down.table(name);
            return {
              ...table,
              mutate: (request) => (diskFull ? Promise.reject(refusal()) : table.mutate(request)),
            };
          },
        }),
      });
      await saveReport(db, await requestOf(outcomeOf(FILE), { site: null, replaces: null }));
      diskFull = true;
      const reply = await saveReport(
        db,
        await requestOf(outcomeOf(FILE), { site: null, replaces: null }),
      );
      expect(reply).toMatchObject({ ok: false, reason: 'quota' });
      expect((reply as { message: string }).message).toMatch(/storage for Preflight is full/);
      expect(await db.reports.count()).toBe(1);
      expect(await db.bodies.count()).toBe(1);
    },
  );

  it('does not take an abort for any other cause for a full disk', async () => {
    const db = freshDb();
    db.use({
      stack: 'dbcore',
      name: 'abort',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: () =>
            Promise.reject(
              new Dexie.AbortError(
                'Aborted.',
                new DOMException('Disk I/O failed.', 'UnknownError'),
              ),
            ),
        }),
      }),
    });
    const reply = await saveReport(
      db,
      await requestOf(outcomeOf(FILE), { site: null, replaces: null }),
    );
    expect(reply).toMatchObject({ ok: false, reason: 'error' });
  });

  it('reports any other failure with its own message', async () => {
    const db = freshDb();
    const request = await requestOf(outcomeOf(FILE), { site: null, replaces: null });
    const reply = await saveReport(db, { ...request, body: '%%% not base64' });
    expect(reply).toMatchObject({ ok: false, reason: 'error' });
    expect(await db.reports.count()).toBe(0);
  });
});

describe('retention', () => {
  const entries = (ages: number[]) =>
    ages.map((days, i) => ({ id: i + 1, checkedAt: NOW - days * DAY }));

  it('lets go of reports older than the days kept', () => {
    expect(expiredReports(entries([0, 10, 31, 45]), { maxDays: 30, maxReports: 100 }, NOW)).toEqual(
      [3, 4],
    );
  });

  it('keeps only the newest reports beyond the count kept, whatever order they come in', () => {
    expect(
      expiredReports(entries([5, 1, 3, 2]), { maxDays: 30, maxReports: 2 }, NOW).sort(),
    ).toEqual([1, 3]);
  });

  it('deletes expired reports with their bodies', async () => {
    const db = freshDb();
    for (const days of [0, 40]) {
      await saveReport(
        db,
        await requestOf(outcomeOf(FILE), {
          site: null,
          replaces: null,
          checkedAt: NOW - days * DAY,
        }),
      );
    }
    await applyRetention(db, { maxDays: 30, maxReports: 100 }, NOW);
    expect((await db.reports.toArray()).map((entry) => entry.checkedAt)).toEqual([NOW]);
    expect(await db.bodies.count()).toBe(1);
  });
});

it('clear all empties both tables', async () => {
  const db = freshDb();
  await saveReport(db, await requestOf(outcomeOf(FILE), { site: null, replaces: null }));
  expect(await clearReports(db)).toEqual({ ok: true });
  expect(await db.reports.count()).toBe(0);
  expect(await db.bodies.count()).toBe(0);
});
