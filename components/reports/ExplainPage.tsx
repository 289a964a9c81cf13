import { useState } from 'preact/hooks';
import type { CheckedOriginal } from '../../lib/errorlog/retry';
import { unpackRows } from '../../utils/db/archive';
import type { ReportEntry } from '../../utils/db/db';
import { reportsDb } from '../../utils/db/reports-db';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { defaultSettingsItem } from '../../utils/storage/default-settings';
import { runExplain, type Explained } from '../../utils/worker/run-explain';
import { ExplainView } from './ExplainView';
import { ReportLink } from './ReportLink';

/** Kept reports tried as the original when none is given: the latest few. */
const CANDIDATES = 5;

type Status =
  | { state: 'idle' }
  | { state: 'explaining' }
  | { state: 'done'; explained: Explained; originalName: string | null }
  | { state: 'error'; message: string };

/** The latest kept reports of CSV files, unpacked; one that cannot be read is left out. */
async function latestKept(entries: readonly ReportEntry[]) {
  const latest = entries.filter((entry) => entry.fileKind === 'csv').slice(0, CANDIDATES);
  const kept = await Promise.all(
    latest.map(async (entry) => {
      const body = await reportsDb.bodies.get(entry.id);
      if (!body) return null;
      const checked = await unpackRows(body.data).catch(() => null);
      return checked?.rows ? { entry, checked } : null;
    }),
  );
  return kept.filter((found) => found !== null);
}

/**
 * After an import: HighLevel's error log explained, with the files that finish the job. The
 * original is the file the user gives, or else the kept report holding most of the log's rows.
 */
export function ExplainPage({ entries }: { entries: ReportEntry[] }) {
  const [log, setLog] = useState<File | null>(null);
  const [original, setOriginal] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const explain = async () => {
    if (!log) return;
    setStatus({ state: 'explaining' });
    try {
      const kept = original ? [] : await latestKept(entries);
      const settings = original ? await defaultSettingsItem.get() : null;
      const checked: CheckedOriginal[] = kept.map(({ checked: one }) => one);
      const explained = await runExplain(log, original, checked, settings);
      const chosen = explained.chosen === null ? null : kept[explained.chosen]?.entry.fileName;
      setStatus({ state: 'done', explained, originalName: original?.name ?? chosen ?? null });
    } catch (error) {
      setStatus({
        state: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <article class="explain-page" data-explain-page data-state={status.state}>
      <nav class="crumbs">
        <ReportLink href={reportsPageUrl()}>← All reports</ReportLink>
      </nav>
      <h2>Explain an error log</h2>
      <p>
        After an import, HighLevel lists the rows it failed on in the import's error log (Bulk
        Actions → the import → Show Stats → Error tab). Download it as CSV and pick it here:
        Preflight says what each code means and builds the files that finish the import. Nothing
        leaves this browser.
      </p>
      <div class="explain-picks">
        <label>
          Error log (CSV)
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            data-pick="log"
            onChange={(event) => setLog(event.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <label>
          The file you imported (optional: otherwise your latest kept reports are tried)
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            data-pick="original"
            onChange={(event) => setOriginal(event.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <button
          type="button"
          class="primary"
          data-action="explain"
          disabled={!log || status.state === 'explaining'}
          onClick={() => void explain()}
        >
          {status.state === 'explaining' ? 'Explaining…' : 'Explain'}
        </button>
      </div>
      {status.state === 'error' && (
        <p class="explain-error" role="alert" data-explain-error>
          {status.message}
        </p>
      )}
      {status.state === 'done' && (
        <ExplainView
          explained={status.explained}
          logName={log?.name ?? 'log.csv'}
          originalName={status.originalName}
        />
      )}
    </article>
  );
}
