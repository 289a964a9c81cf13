import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Progress, Report } from '../../lib/types';
import { verdictOf } from '../../lib/verdict';
import type { CheckStatus } from '../../hooks/use-check';
import type { GridEditing } from '../report/grid-editing';
import { formatCount as count } from '../report/ReportCounts';
import { ReportView } from '../report/ReportView';

const PHASES: Record<Progress['phase'], string> = {
  reading: 'Reading the file',
  checking: 'Checking rows',
  writing: 'Writing the cleaned file',
  done: 'Done',
};

/** What a screen reader hears when a check is done: the file and what is left after the fixes. */
function Announcement({ report }: { report: Report }) {
  const { file, summary } = report;
  const verdict = useMemo(() => verdictOf(report), [report]);
  return (
    <p class="visually-hidden" role="status">
      {summary.fileBlocked
        ? `Checked ${file.name}: HighLevel would reject this file.`
        : `Checked ${file.name}: ${count(verdict.ready)} rows ready to import, ` +
          `${count(verdict.fixed)} fixed automatically, ${count(verdict.needYou)} need you.`}
    </p>
  );
}

/** Progress while the worker checks, the error if it fails, the report when it is done. */
export function CheckStatusView({
  status,
  actions,
  editing,
}: {
  status: CheckStatus;
  /** Makes the row grid editable: the file is checked again with each edit. */
  editing?: GridEditing;
  /** Buttons shown in every state: before the downloads once done (the panel's hand-over). */
  actions?: ComponentChildren;
}) {
  switch (status.state) {
    case 'idle':
      return null;
    case 'checking':
      return (
        <>
          <div class="progress" role="status">
            <p>
              {PHASES[status.progress?.phase ?? 'reading']} ·{' '}
              <span class="file-name" title={status.name}>
                {status.name}
              </span>
              {status.progress && ` · ${count(status.progress.rowsDone)} rows`}
            </p>
            <progress max={1} value={status.progress?.fraction ?? 0} />
          </div>
          {actions && <div class="actions">{actions}</div>}
        </>
      );
    case 'error':
      return (
        <>
          <p class="banner banner-blocked" role="alert">
            Preflight could not check{' '}
            <span class="file-name" title={status.name}>
              {status.name}
            </span>
            : {status.message}
          </p>
          {actions && <div class="actions">{actions}</div>}
        </>
      );
    case 'done':
      return (
        <>
          <Announcement report={status.outcome.report} />
          <ReportView
            outcome={status.outcome}
            actions={actions}
            editing={editing}
            // A file that was not read as text has no files or rows to come (its layout is null).
            preparing={status.preparing && status.outcome.layout !== null}
          />
        </>
      );
  }
}
