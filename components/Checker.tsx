import { useState } from 'preact/hooks';
import type { Progress } from '../lib/types';
import type { CheckOutcome } from '../utils/check-protocol';
import { runCheck } from '../utils/run-check';
import { ReportView } from './ReportView';
import './report.css';

type State =
  | { state: 'idle' }
  | { state: 'checking'; name: string; progress: Progress | null }
  | { state: 'done'; outcome: CheckOutcome }
  | { state: 'error'; name: string; message: string };

const PHASES: Record<Progress['phase'], string> = {
  reading: 'Reading the file',
  checking: 'Checking rows',
  writing: 'Writing the cleaned file',
  done: 'Done',
};

/**
 * The report panel's shell: a file in, the check in a worker, the report out. The full-page
 * checker uses it with its own drop zone; the import-screen panel will feed it the page's file.
 */
export function Checker({ settings = {} }: { settings?: unknown }) {
  const [status, setStatus] = useState<State>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);

  const check = (file: File | undefined) => {
    if (!file) return;
    setStatus({ state: 'checking', name: file.name, progress: null });
    runCheck(file, settings, (progress) =>
      setStatus({ state: 'checking', name: file.name, progress }),
    )
      .then((outcome) => setStatus({ state: 'done', outcome }))
      .catch((error: Error) =>
        setStatus({ state: 'error', name: file.name, message: error.message }),
      );
  };

  return (
    <main class="preflight" data-preflight-panel data-state={status.state}>
      <header class="brand">
        <h1>Preflight</h1>
        <p>
          Check a contact CSV before you import it into HighLevel. Your file never leaves this
          browser.
        </p>
      </header>
      <label
        class={`dropzone ${dragging ? 'is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          check(event.dataTransfer?.files[0]);
        }}
      >
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => check(event.currentTarget.files?.[0])}
        />
        <span>
          <strong>Choose a CSV file</strong> or drop it here
        </span>
      </label>
      {status.state === 'checking' && (
        <div class="progress" role="status">
          <p>
            {PHASES[status.progress?.phase ?? 'reading']} · {status.name}
            {status.progress && ` · ${status.progress.rowsDone.toLocaleString('en-US')} rows`}
          </p>
          <progress max={1} value={status.progress?.fraction ?? 0} />
        </div>
      )}
      {status.state === 'error' && (
        <p class="banner banner-blocked" role="alert">
          Preflight could not check {status.name}: {status.message}
        </p>
      )}
      {status.state === 'done' && <ReportView outcome={status.outcome} />}
    </main>
  );
}
