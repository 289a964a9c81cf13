import type { ReportEntry } from './db';

/**
 * The reports page's list: search, date and site filters, and the attempts of one file. Pure
 * (no database, no `browser`), so Node tests cover it.
 */

export const DATE_RANGES = ['any', 'today', '7d', '30d'] as const;
export type DateRange = (typeof DATE_RANGES)[number];

export const DATE_RANGE_LABELS: Record<DateRange, string> = {
  any: 'Any time',
  today: 'Today',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};

export interface ReportFilter {
  /** Part of the file name, any case; blank matches every report. */
  search: string;
  range: DateRange;
  /** An origin, null for the extension's own checker page, undefined for every site. */
  site?: string | null;
}

type Listed = Pick<ReportEntry, 'fileName' | 'checkedAt' | 'site'>;

const DAY = 24 * 60 * 60 * 1000;

/** The earliest check time a range lets through (epoch ms); "today" starts at local midnight. */
export function rangeStart(range: DateRange, now: number): number {
  switch (range) {
    case 'any':
      return -Infinity;
    case 'today':
      return new Date(now).setHours(0, 0, 0, 0);
    case '7d':
      return now - 7 * DAY;
    case '30d':
      return now - 30 * DAY;
  }
}

/** The reports a filter keeps, newest first. */
export function filterReports<T extends Listed>(
  entries: readonly T[],
  filter: ReportFilter,
  now: number,
): T[] {
  const search = filter.search.trim().toLowerCase();
  const since = rangeStart(filter.range, now);
  return entries
    .filter(
      (entry) =>
        entry.fileName.toLowerCase().includes(search) &&
        entry.checkedAt >= since &&
        (filter.site === undefined || entry.site === filter.site),
    )
    .sort((a, b) => b.checkedAt - a.checkedAt);
}

/** The sites reports were made on, for the site filter: the checker page first, then by host. */
export function distinctSites(entries: readonly Pick<ReportEntry, 'site'>[]): (string | null)[] {
  const sites = new Set(entries.map((entry) => entry.site));
  const origins = [...sites]
    .filter((site): site is string => site !== null)
    .sort((a, b) => siteLabel(a).localeCompare(siteLabel(b)));
  return sites.has(null) ? [null, ...origins] : origins;
}

/** How a site reads in the list: the host of an origin; the extension's own page by its name. */
export function siteLabel(site: string | null): string {
  if (site === null) return 'Preflight checker';
  try {
    return new URL(site).host || site;
  } catch {
    return site;
  }
}

/**
 * Other reports of the same file (its name in any case, as the stored file key has it): the
 * attempts one report can be compared with.
 */
export function otherAttempts<T extends Listed & Pick<ReportEntry, 'id' | 'fileKey'>>(
  entries: readonly T[],
  of: Pick<ReportEntry, 'id' | 'fileKey'>,
): T[] {
  return entries
    .filter((entry) => entry.id !== of.id && entry.fileKey === of.fileKey)
    .sort((a, b) => b.checkedAt - a.checkedAt);
}
