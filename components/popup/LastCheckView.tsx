import { useEffect, useState } from 'preact/hooks';
import { lastCheckItem, type LastCheck } from '../../utils/storage/last-check';
import { formatCount as count } from '../report/ReportCounts';

/** The last check made on the current tab's site, in one line: for the popup. */
export function LastCheckView({ origin }: { origin: string }) {
  const [last, setLast] = useState<LastCheck | null>(null);
  useEffect(() => {
    void lastCheckItem(origin).get().then(setLast);
  }, [origin]);
  if (!last) return null;
  const { ready, fixed, needYou } = last.verdict ?? {};
  return (
    <p data-last-check>
      <strong>{last.file}</strong> ({new Date(last.at).toLocaleTimeString()}):{' '}
      {last.fileBlocked
        ? 'HighLevel would reject the file.'
        : `${count(ready ?? last.rows.clean)} ready to import, ${count(fixed ?? 0)} fixed automatically, ${count(needYou ?? last.rows.total - last.rows.clean)} need you.`}
    </p>
  );
}
