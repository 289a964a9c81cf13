import { browser } from 'wxt/browser';
import type { ReportEntry } from '../../utils/db/db';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { reportsDb } from '../../utils/db/reports-db';
import { useLiveQuery } from '../../hooks/use-live-query';
import { formatCount as count } from '../report/ReportCounts';

const RECENT = 5;

/** Opens a reports page address in a tab of its own; the popup has done its job then. */
function openInTab(event: MouseEvent, url: string) {
  event.preventDefault();
  void browser.tabs.create({ url });
  window.close();
}

/** Today's reports by their time alone: the popup is narrow. */
function shortWhen(epoch: number): string {
  const date = new Date(epoch);
  const today = date.toDateString() === new Date().toDateString();
  return today
    ? date.toLocaleTimeString(undefined, { timeStyle: 'short' })
    : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

function outcomeLine({ rows, fileBlocked }: ReportEntry['summary']): string {
  if (fileBlocked) return 'HighLevel would reject the file';
  const skipped = rows.skipped > 0 ? ` · ${count(rows.skipped)} skipped` : '';
  return `${count(rows.clean)} of ${count(rows.total)} rows clean${skipped}`;
}

/** The popup's five latest reports, each a link to it on the reports page, and All reports. */
export function RecentReports() {
  const recent = useLiveQuery(() =>
    reportsDb.reports.orderBy('checkedAt').reverse().limit(RECENT).toArray(),
  );
  if (!recent) return null;
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent reports</h2>
      {recent.length === 0 ? (
        <p class="recent-empty">No reports yet: every file you check is kept here.</p>
      ) : (
        <ul>
          {recent.map((entry) => {
            const url = reportsPageUrl({ report: entry.id });
            return (
              <li key={entry.id} data-report={entry.id}>
                <a href={url} onClick={(event) => openInTab(event, url)}>
                  <span class="recent-name">{entry.fileName}</span>
                  <span class="recent-when">{shortWhen(entry.checkedAt)}</span>
                  <span class="recent-line">{outcomeLine(entry.summary)}</span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <a
        href={reportsPageUrl()}
        class="recent-all"
        data-action="open-reports"
        onClick={(event) => openInTab(event, reportsPageUrl())}
      >
        All reports
      </a>
    </section>
  );
}
