import { useEffect, useState } from 'preact/hooks';
import type { ReportFilter } from '../../utils/db/report-filter';
import { reportsDb } from '../../utils/db/reports-db';
import { useLiveQuery } from '../../hooks/use-live-query';
import { ComparePage } from './ComparePage';
import { ExplainPage } from './ExplainPage';
import { ReportList } from './ReportList';
import { ReportPage } from './ReportPage';
import '../theme.css';
import '../report/report.css';
import './reports.css';

/** The page's three views, one per address (utils/pages/report-link.ts writes them). */
type Route =
  | { view: 'list' }
  | { view: 'report'; id: number }
  | { view: 'compare'; ids: [number, number] }
  | { view: 'explain' };

const reportId = (text: string | null | undefined) =>
  text && /^[1-9]\d*$/.test(text) ? Number(text) : null;

function routeOf(search: string): Route {
  const params = new URLSearchParams(search);
  const id = reportId(params.get('report'));
  if (id !== null) return { view: 'report', id };
  const [a, b, ...rest] = (params.get('compare') ?? '').split(',').map(reportId);
  if (a && b && a !== b && rest.length === 0) return { view: 'compare', ids: [a, b] };
  if (params.has('explain')) return { view: 'explain' };
  return { view: 'list' };
}

/** The view the address names, following Back, Forward and the page's own links. */
function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(location.search));
  useEffect(() => {
    const follow = () => setRoute(routeOf(location.search));
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);
  return route;
}

/** The reports page: every check kept on this device; one report; two attempts compared; a log. */
export function Reports() {
  const route = useRoute();
  // Kept here, above the views, so the list's filters survive opening a report and coming back.
  const [filter, setFilter] = useState<ReportFilter>({ search: '', range: 'any' });
  const entries = useLiveQuery(() => reportsDb.reports.orderBy('checkedAt').reverse().toArray());
  const opened = route.view === 'report' && entries?.find((entry) => entry.id === route.id);
  useEffect(() => {
    document.title = opened ? `${opened.fileName} · Preflight reports` : 'Preflight reports';
  }, [opened]);
  return (
    <main class="preflight reports" data-preflight-reports data-view={route.view}>
      <header class="brand">
        <h1>Preflight reports</h1>
        <p>Every check you made, kept on this device only.</p>
      </header>
      {entries &&
        (route.view === 'report' ? (
          <ReportPage key={route.id} id={route.id} entries={entries} />
        ) : route.view === 'compare' ? (
          <ComparePage ids={route.ids} entries={entries} />
        ) : route.view === 'explain' ? (
          <ExplainPage entries={entries} />
        ) : (
          <ReportList entries={entries} filter={filter} onFilter={setFilter} />
        ))}
    </main>
  );
}
