import { Dexie } from 'dexie';
import { fromBase64 } from '../db/archive';
import type { PreflightDb, ReportEntry } from '../db/db';
import { errorReply, type ReportToKeep, type WriteReply } from '../messaging/protocol';
import type { Retention } from '../storage/retention';

/**
 * Every write to the reports history, run by the background on a message from one of the
 * extension's pages. Each returns a reply a page can show: a full disk is the user's to know.
 */

const DAY = 24 * 60 * 60 * 1000;

/** Ids of the reports retention lets go: older than `maxDays`, or beyond the newest `maxReports`. */
export function expiredReports(
  entries: readonly Pick<ReportEntry, 'id' | 'checkedAt'>[],
  { maxDays, maxReports }: Retention,
  now: number,
): number[] {
  const newestFirst = [...entries].sort((a, b) => b.checkedAt - a.checkedAt);
  return newestFirst
    .filter((entry, index) => index >= maxReports || now - entry.checkedAt > maxDays * DAY)
    .map((entry) => entry.id);
}

/** A refused write as the user reads it: a full disk is named as such. */
export function failure(error: unknown): WriteReply {
  const isQuota = (cause: unknown) =>
    cause instanceof Dexie.QuotaExceededError ||
    (cause instanceof Error && cause.name === 'QuotaExceededError');
  // Chromium mostly reports a full disk at commit as an abort caused by one: known by its
  // cause, else by its text (Dexie writes the cause into an abort's message).
  const quota =
    isQuota(error) ||
    (error instanceof Dexie.AbortError && (isQuota(error.inner) || /quota/i.test(error.message)));
  return quota
    ? {
        ok: false,
        reason: 'quota',
        message:
          "The browser's storage for Preflight is full, so this report was not kept. " +
          'Delete old reports from the reports page to make room.',
      }
    : errorReply(error);
}

/** Saves a report (or replaces one: a re-run of the same file with other settings). */
export async function saveReport(db: PreflightDb, request: ReportToKeep): Promise<WriteReply> {
  try {
    const data = fromBase64(request.body);
    const id = await db.transaction('rw', db.reports, db.bodies, async () => {
      const id =
        request.replaces !== null && (await db.reports.get(request.replaces))
          ? await db.reports.put({ ...request.entry, id: request.replaces })
          : await db.reports.add(request.entry as ReportEntry);
      await db.bodies.put({ id, data });
      return id;
    });
    return { ok: true, id };
  } catch (error) {
    return failure(error);
  }
}

export async function deleteReports(db: PreflightDb, ids: number[]): Promise<WriteReply> {
  try {
    await db.transaction('rw', db.reports, db.bodies, async () => {
      await db.reports.bulkDelete(ids);
      await db.bodies.bulkDelete(ids);
    });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function clearReports(db: PreflightDb): Promise<WriteReply> {
  try {
    await db.transaction('rw', db.reports, db.bodies, async () => {
      await db.reports.clear();
      await db.bodies.clear();
    });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function applyRetention(
  db: PreflightDb,
  retention: Retention,
  now = Date.now(),
): Promise<WriteReply> {
  try {
    const entries = await db.reports.toArray();
    return await deleteReports(db, expiredReports(entries, retention, now));
  } catch (error) {
    return failure(error);
  }
}
