import { unpack, type StoredOutcome } from './archive';
import type { ReportEntry } from './db';
import { downloadText } from './download';
import { reportsDb } from './reports-db';

/** One report in an export: its list entry and everything it showed (null if its body is gone). */
export interface ExportedReport extends ReportEntry {
  outcome: StoredOutcome | null;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `preflight-reports-2026-11-25.json`, by the user's local date. */
export function exportFileName(date: Date): string {
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `preflight-reports-${day}.json`;
}

/** Downloads every kept report, newest first, unpacked: a copy the user can keep or inspect. */
export async function exportReports(): Promise<void> {
  // One read transaction: a report saved meanwhile cannot leave an entry without its body.
  const [entries, bodies] = await reportsDb.transaction(
    'r',
    reportsDb.reports,
    reportsDb.bodies,
    async () => {
      const entries = await reportsDb.reports.orderBy('checkedAt').reverse().toArray();
      return [entries, await reportsDb.bodies.bulkGet(entries.map((entry) => entry.id))] as const;
    },
  );
  const reports: ExportedReport[] = await Promise.all(
    entries.map(async (entry, index) => {
      const body = bodies[index];
      return { ...entry, outcome: body ? await unpack(body.data) : null };
    }),
  );
  const now = new Date();
  downloadText(
    exportFileName(now),
    JSON.stringify({ exportedAt: now.toISOString(), reports }),
    'application/json',
  );
}
