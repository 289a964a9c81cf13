import { unpack } from './archive';
import type { ReportBody, ReportEntry } from './db';
import { downloadParts } from '../pages/download';
import { reportsDb } from './reports-db';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `preflight-reports-2026-11-25.json`, by the user's local date. */
export function exportFileName(date: Date): string {
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `preflight-reports-${day}.json`;
}

/**
 * The export, report by report: each entry with `outcome`, what the report shows and downloads
 * (null when its body is gone or unreadable). Never joined into one
 * string: a hundred large reports would pass the longest string JavaScript can hold.
 */
export function exportParts(
  entries: readonly ReportEntry[],
  outcomes: readonly (BlobPart | null)[],
  now: Date,
): BlobPart[] {
  const parts: BlobPart[] = [`{"exportedAt":${JSON.stringify(now.toISOString())},"reports":[`];
  entries.forEach((entry, index) => {
    const fields = JSON.stringify(entry).slice(0, -1);
    parts.push(`${index > 0 ? ',' : ''}${fields},"outcome":`, outcomes[index] ?? 'null', '}');
  });
  parts.push(']}');
  return parts;
}

/**
 * Each body's outcome as JSON, cleaned and rejected files included as they always were, in a Blob
 * the browser may keep outside the tab's memory; null for a body that is gone or cannot be
 * unpacked: one corrupt body must not cost the export.
 */
export async function exportOutcomes(
  bodies: readonly (ReportBody | undefined)[],
): Promise<(Blob | null)[]> {
  const outcomes: (Blob | null)[] = [];
  for (const body of bodies) {
    try {
      const outcome = body && (await unpack(body.data));
      // The rejected file as one text, as exports always held it.
      const whole = outcome && { ...outcome, rejected: outcome.rejected?.join('') ?? null };
      outcomes.push(whole ? new Blob([JSON.stringify(whole)]) : null);
    } catch {
      outcomes.push(null);
    }
  }
  return outcomes;
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
  const now = new Date();
  const parts = exportParts(entries, await exportOutcomes(bodies), now);
  downloadParts(exportFileName(now), parts, 'application/json');
}
