import { useState } from 'preact/hooks';
import { useDefaultSettings } from '../../hooks/use-default-settings';
import { useCheck } from '../../hooks/use-check';
import { useKeptReport } from '../../hooks/use-kept-report';
import { CheckStatusView } from './CheckStatusView';
import { KeptNotice } from './KeptNotice';
import { SettingsBar } from './SettingsBar';
import '../theme.css';
import '../report/report.css';

/** The full-page checker: a drop zone, then the report. Works without HighLevel at all. */
export function Checker() {
  const { status, check, settings, changeSettings, editing } = useCheck();
  useDefaultSettings(changeSettings, (next) => changeSettings(next, { newAttempt: true }));
  const kept = useKeptReport(status, null);
  const [dragging, setDragging] = useState(false);
  const take = (file: File | undefined) => file && check(file);
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
          take(event.dataTransfer?.files[0]);
        }}
      >
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => take(event.currentTarget.files?.[0])}
        />
        <span>
          <strong>Choose a CSV file</strong> or drop it here
        </span>
      </label>
      <SettingsBar value={settings} onChange={changeSettings} />
      <KeptNotice reply={kept} />
      <CheckStatusView status={status} editing={editing} />
    </main>
  );
}
