import { reportsDb } from '../utils/reports-db';
import { useLiveQuery } from '../utils/use-live-query';
import './report.css';

const count = (n: number) => n.toLocaleString('en-US');

/** The reports page: every check kept on this device, newest first. */
export function Reports() {
  const entries = useLiveQuery(() => reportsDb.reports.orderBy('checkedAt').reverse().toArray());
  return (
    <main class="preflight" data-preflight-reports>
      <header class="brand">
        <h1>Preflight reports</h1>
        <p>Every check you made, kept on this device only.</p>
      </header>
      {entries?.length === 0 && <p class="facts">No reports yet: check a file first.</p>}
      <ul class="report-list">
        {entries?.map((entry) => (
          <li key={entry.id} data-report={entry.id}>
            <strong>{entry.fileName}</strong> · {new Date(entry.checkedAt).toLocaleString()} ·{' '}
            {count(entry.summary.rows.total)} rows
          </li>
        ))}
      </ul>
    </main>
  );
}
