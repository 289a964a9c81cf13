import { useEffect, useState } from 'preact/hooks';
import type { ReportEntry } from '../../utils/db/db';
import { otherAttempts } from '../../utils/db/report-filter';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { reportsDb } from '../../utils/db/reports-db';
import { openReport, type OpenedReport } from '../../utils/worker/open-report';
import { useLiveQuery } from '../../hooks/use-live-query';
import { formatCount, formatWhen } from '../report/ReportCounts';
import { ReportConfirm } from './ReportConfirm';
import { ReportFacts } from './ReportFacts';
import { navigate, ReportLink } from './ReportLink';
import { ReportView } from '../report/ReportView';

/** Said plainly when an address names a report that was deleted or let go by retention. */
export function ReportMissing({ id }: { id: number }) {
  return (
    <div class="missing" data-report-missing={id}>
      <p class="banner banner-warning" role="status">
        Report {id} no longer exists: it was deleted, or it was older than your history keeps (see
        Options).
      </p>
      <ReportLink href={reportsPageUrl()}>See all reports</ReportLink>
    </div>
  );
}

/** The other attempts at the same file, to compare with: the earlier one always goes first. */
function CompareChooser({ entry, attempts }: { entry: ReportEntry; attempts: ReportEntry[] }) {
  if (attempts.length === 0) {
    return <p class="compare-none">No other report of a file with this name to compare with.</p>;
  }
  return (
    <label class="compare-choose">
      Compare with another attempt{' '}
      <select
        name="compare"
        onChange={(event) => {
          const other = attempts.find(
            (attempt) => String(attempt.id) === event.currentTarget.value,
          );
          if (!other) return;
          const [a, b] = [entry, other].sort((x, y) => x.checkedAt - y.checkedAt);
          if (a && b) navigate(reportsPageUrl({ compare: [a.id, b.id] }));
        }}
      >
        <option value="">Choose a report…</option>
        {attempts.map(({ id, checkedAt, summary }) => (
          <option key={id} value={id}>
            {`${formatWhen(checkedAt, { seconds: true })} (${checkedAt < entry.checkedAt ? 'earlier' : 'later'}) · ` +
              `${formatCount(summary.rows.clean)} of ${formatCount(summary.rows.total)} rows clean`}
          </option>
        ))}
      </select>
    </label>
  );
}

type Body =
  { state: 'loading' } | { state: 'read'; outcome: OpenedReport } | { state: 'unreadable' };

/**
 * A report's compressed body, opened off the page's thread; one that cannot be read is told,
 * never thrown.
 */
function useBody(id: number): Body {
  const stored = useLiveQuery(() => reportsDb.bodies.get(id).then((found) => found ?? null), [id]);
  const [body, setBody] = useState<Body>({ state: 'loading' });
  useEffect(() => {
    if (stored === undefined) return;
    if (stored === null) {
      setBody({ state: 'unreadable' });
      return;
    }
    let current = true;
    openReport(stored.data)
      .then((outcome) => current && setBody({ state: 'read', outcome }))
      .catch(() => current && setBody({ state: 'unreadable' }));
    return () => {
      current = false;
    };
  }, [stored]);
  return body;
}

/** One kept report, as the panel showed it, with its facts, Delete and Compare. */
export function ReportPage({ id, entries }: { id: number; entries: ReportEntry[] }) {
  const entry = entries.find((candidate) => candidate.id === id);
  const body = useBody(id);
  if (!entry) return <ReportMissing id={id} />;
  return (
    <article class="report-page" data-report-page={id}>
      <nav class="crumbs">
        <ReportLink href={reportsPageUrl()}>← All reports</ReportLink>
      </nav>
      <div class="report-head">
        <h2>{entry.fileName}</h2>
        <ReportConfirm
          action="delete-report"
          request={{ type: 'delete-reports', ids: [id] }}
          question="Delete this report?"
          confirm="Delete"
          onDone={() => navigate(reportsPageUrl(), { replace: true })}
        >
          Delete report
        </ReportConfirm>
      </div>
      <ReportFacts entry={entry} />
      <CompareChooser entry={entry} attempts={otherAttempts(entries, entry)} />
      {body.state === 'read' && <ReportView key={id} outcome={body.outcome} />}
      {body.state === 'unreadable' && (
        <p class="banner banner-warning" role="alert">
          The details of this report could not be read: only its summary is left.
        </p>
      )}
    </article>
  );
}
