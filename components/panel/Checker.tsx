import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { useDefaultSettings } from '../../hooks/use-default-settings';
import { stateHook, useCheck } from '../../hooks/use-check';
import { useKeptReport } from '../../hooks/use-kept-report';
import { CheckStatusView } from './CheckStatusView';
import { KeptNotice } from './KeptNotice';
import { SampleButtons } from './SampleButtons';
import { SettingsBar } from './SettingsBar';
import '../theme.css';
import '../report/report.css';

/** The full-page checker: a drop zone, then the report. Works without HighLevel at all. */
export function Checker() {
  const { status, check, settings, changeSettings, editing } = useCheck();
  // The options page's settings, for the next file picked after a sample (checked with its own).
  const own = useRef<Settings | null>(null);
  const afterSample = useRef(false);
  const follow = (next: Settings) => {
    own.current = next;
    changeSettings(next, { newAttempt: true });
  };
  useDefaultSettings((loaded) => {
    own.current = loaded;
    changeSettings(loaded);
  }, follow);
  const kept = useKeptReport(status, null);
  const [dragging, setDragging] = useState(false);
  const take = (file: File | undefined) => {
    if (!file) return;
    check(file, afterSample.current ? (own.current ?? undefined) : undefined);
    afterSample.current = false;
  };
  return (
    <main class="preflight" data-preflight-panel data-state={stateHook(status)}>
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
      <SampleButtons
        onSample={(file, with_) => {
          afterSample.current = true;
          check(file, with_);
        }}
      />
      <SettingsBar value={settings} onChange={changeSettings} />
      <KeptNotice reply={kept} />
      <CheckStatusView status={status} editing={editing} />
    </main>
  );
}
