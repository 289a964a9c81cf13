import { unpackJson } from './archive';
import type { ReportEntry } from './db';
import { downloadParts } from './download';
import { reportsDb } from './reports-db';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `preflight-reports-2026-11-25.json`, by the user's local date. */
export function exportFileName(date: Date): string {
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `preflight-reports-${day}.json`;
}

/**
 * The export, report by report: each entry with `outcome`, the JSON the history stored for it
 * (null when its body is gone), copied without parsing it. Never joined into one string: a
 * hundred large reports would pass the longest string JavaScript can hold.
 */
export function exportParts(
  entries: readonly ReportEntry[],
  outcomes: readonly (string | null)[],
  now: Date,
): string[] {
  const parts = [`{"exportedAt":${JSON.stringify(now.toISOString())},"reports":[`];
  entries.forEach((entry, index) => {
    const fields = JSON.stringify(entry).slice(0, -1);
    parts.push(`${index > 0 ? ',' : ''}${fields},"outcome":${outcomes[index] ?? 'null'}}`);
  });
  parts.push(']}');
  return parts;
}

/** Downloads every kept report, newest first, with what each showed. */
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
  const outcomes: (string | null)[] = [];
  for (const body of bodies) outcomes.push(body ? await unpackJson(body.data) : null);
  const now = new Date();
  downloadParts(exportFileName(now), exportParts(entries, outcomes, now), 'application/json');
}
