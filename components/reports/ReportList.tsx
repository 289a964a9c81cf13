import { useMemo, useState } from 'preact/hooks';
import type { ReportEntry } from '../../utils/db/db';
import { exportReports } from '../../utils/db/report-export';
import {
  DATE_RANGE_LABELS,
  DATE_RANGES,
  distinctSites,
  filterReports,
  siteLabel,
  type DateRange,
  type ReportFilter,
} from '../../utils/db/report-filter';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { formatCount, formatWhen, ReportCounts } from '../report/ReportCounts';
import { ReportConfirm } from './ReportConfirm';
import { ReportLink } from './ReportLink';

// Select values for "every site" and for the checker page (site null): origins contain "://".
const ANY_SITE = 'any';
const CHECKER = 'checker';

function ReportItem({ entry }: { entry: ReportEntry }) {
  const { rows, fileBlocked } = entry.summary;
  return (
    <li class="report-item" data-report={entry.id}>
      <ReportLink href={reportsPageUrl({ report: entry.id })} class="report-item-link">
        <span class="report-item-name" title={entry.fileName}>
          {entry.fileName}
        </span>
        <span class="report-item-meta">
          {formatWhen(entry.checkedAt)} · {siteLabel(entry.site)} ·{' '}
          {fileBlocked
            ? 'HighLevel would reject the file'
            : entry.verdict
              ? `${formatCount(entry.verdict.ready)} of ${formatCount(rows.total)} rows ready, ${formatCount(entry.verdict.needYou)} need you`
              : `${formatCount(rows.clean)} of ${formatCount(rows.total)} rows import cleanly`}
        </span>
        <ReportCounts summary={entry.summary} />
      </ReportLink>
    </li>
  );
}

/** Every kept report, newest first, with search, date and site filters, Export and Clear all. */
export function ReportList({
  entries,
  filter,
  onFilter,
}: {
  entries: ReportEntry[];
  filter: ReportFilter;
  onFilter: (filter: ReportFilter) => void;
}) {
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const sites = useMemo(() => distinctSites(entries), [entries]);
  // A chosen site whose reports are all gone no longer filters: its option has gone too.
  const site = filter.site !== undefined && sites.includes(filter.site) ? filter.site : undefined;
  const shown = filterReports(entries, { ...filter, site }, Date.now());
  return (
    <section class="report-list-view" aria-label="Reports">
      <div class="toolbar">
        <input
          type="search"
          name="search"
          placeholder="Search file names"
          aria-label="Search file names"
          value={filter.search}
          onInput={(event) => onFilter({ ...filter, search: event.currentTarget.value })}
        />
        <select
          name="range"
          aria-label="Checked"
          value={filter.range}
          onChange={(event) =>
            onFilter({ ...filter, range: event.currentTarget.value as DateRange })
          }
        >
          {DATE_RANGES.map((range) => (
            <option key={range} value={range}>
              {DATE_RANGE_LABELS[range]}
            </option>
          ))}
        </select>
        <select
          name="site"
          aria-label="Site"
          value={site === undefined ? ANY_SITE : (site ?? CHECKER)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onFilter({
              ...filter,
              site: value === ANY_SITE ? undefined : value === CHECKER ? null : value,
            });
          }}
        >
          <option value={ANY_SITE}>All sites</option>
          {sites.map((option) => (
            <option key={option ?? CHECKER} value={option ?? CHECKER}>
              {siteLabel(option)}
            </option>
          ))}
        </select>
        <span class="toolbar-gap" />
        <ReportLink href={reportsPageUrl({ explain: true })} class="open-explain">
          Explain an error log
        </ReportLink>
        <button
          type="button"
          data-action="export-reports"
          disabled={entries.length === 0}
          onClick={() => {
            setExportFailure(null);
            exportReports().catch((error: unknown) =>
              setExportFailure(error instanceof Error ? error.message : String(error)),
            );
          }}
        >
          Export all (JSON)
        </button>
        <ReportConfirm
          action="clear-reports"
          request={{ type: 'clear-reports' }}
          question={`Delete all ${formatCount(entries.length)} reports?`}
          confirm="Delete all"
          disabled={entries.length === 0}
        >
          Clear all
        </ReportConfirm>
      </div>
      {exportFailure && (
        <p class="banner banner-blocked" role="alert">
          The export failed: {exportFailure}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="list-empty" data-empty>
          No reports yet. Every file you check, on HighLevel or with Check a file, is kept here on
          this device.
        </p>
      ) : shown.length === 0 ? (
        <p class="list-empty" data-empty>
          No report matches these filters.
        </p>
      ) : (
        <>
          <p class="list-count" role="status">
            {shown.length === entries.length
              ? `${formatCount(entries.length)} reports`
              : `${formatCount(shown.length)} of ${formatCount(entries.length)} reports`}
          </p>
          <ul class="report-list">
            {shown.map((entry) => (
              <ReportItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
