import { useEffect, useRef, useState } from 'preact/hooks';
import { HEARTBEAT_MS, type FromPanel, type ToPanel } from '../../utils/messaging/panel-channel';
import { derivedName } from '../../utils/pages/download';
import { lastCheckItem } from '../../utils/storage/last-check';
import type { FixCounts } from '../../lib/fixes';
import type { ColumnMapping } from '../../lib/types';
import { verdictOf } from '../../lib/verdict';
import { stateHook, useCheck } from '../../hooks/use-check';
import { useKeptReport } from '../../hooks/use-kept-report';
import { usePanelSettings } from '../../hooks/use-panel-settings';
import { usePassCheck } from '../../hooks/use-pass-check';
import { CheckStatusView } from './CheckStatusView';
import { HandedBanner, type Handed } from './HandedBanner';
import { FixChoices } from './FixChoices';
import { MappingStep } from './MappingStep';
import { HandOverButtons } from './HandOverButtons';
import { HoldSwitch } from './HoldSwitch';
import { KeptNotice } from './KeptNotice';
import { PhoneCountryOffer } from './PhoneCountryOffer';
import { SettingsBar } from './SettingsBar';
import '../theme.css';
import '../report/report.css';

/**
 * The panel beside HighLevel's import screen. It checks the file the content script holds and
 * lets the user hand the page the cleaned file or the original.
 */
export function Panel({ port, pass }: { port: MessagePort; pass: string | null }) {
  const { status, check, recheck, settings, changeSettings, editing } = useCheck(pass);
  const ours = usePassCheck(pass);
  const { settled, profile, checkWithProfile, map } = usePanelSettings({
    ours,
    settings,
    changeSettings,
    check,
  });

  const [handed, setHanded] = useState<Handed | null>(null);
  /** The content script's number for the file shown: its answers name it. */
  const pick = useRef(0);
  const main = useRef<HTMLElement>(null);
  // The file's columns stay on screen while it is checked again (a mapping just changed).
  const lastColumns = useRef<readonly ColumnMapping[] | null>(null);
  const lastFixCounts = useRef<FixCounts | null>(null);
  const send = (message: FromPanel) => port.postMessage(message);
  const collapse = () => send({ type: 'collapse' });
  const useOriginal = () => {
    send({ type: 'use-original', pick: pick.current });
    setHanded({ what: 'original' });
  };

  // Ready once the settings are known, so that the first check already runs with them.
  useEffect(() => {
    if (!settled) return;
    port.onmessage = ({ data }: MessageEvent<ToPanel>) => {
      if (data.type === 'check') {
        pick.current = data.pick;
        lastColumns.current = null;
        lastFixCounts.current = null;
        // Keyboard and screen reader users start in the panel, at its top.
        main.current?.focus();
        setHanded(data.held ? null : { what: 'original' });
        void checkWithProfile(data.file, data.location);
      } else if (data.type === 'not-accepted') setHanded({ what: 'refused' });
      else if (data.type === 'released' && data.pick === pick.current)
        setHanded({ what: 'original' });
    };
    send({ type: 'ready' });
    // The content script's watchdog: a panel that stops saying so is taken for gone.
    const heartbeat = setInterval(() => send({ type: 'alive' }), HEARTBEAT_MS);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && collapse();
    window.addEventListener('keydown', onKey);
    return () => {
      clearInterval(heartbeat);
      window.removeEventListener('keydown', onKey);
    };
  }, [port, settled]);

  // A check that fails must never block the import: the page gets the original at once.
  useEffect(() => {
    // Settings the engine cannot use (an unknown country) are the user's to fix in the bar above;
    // a file the user already handed over stays as it is.
    if (status.state !== 'error' || status.about === 'settings' || handed !== null) return;
    useOriginal();
  }, [status.state]);

  const outcome = status.state === 'done' ? status.outcome : null;
  if (outcome) {
    lastColumns.current = outcome.report.file.mapping.filter((column) => column.source !== 'added');
  }
  const columns = status.state === 'idle' ? null : lastColumns.current;
  // Like the columns, the fixes' counts stay on screen while a choice is checked again.
  if (outcome) lastFixCounts.current = outcome.report.summary.fixes ?? null;
  const fixCounts = status.state === 'idle' ? null : lastFixCounts.current;
  // The page's origin is the frame's parent: the site the report is kept under.
  const site = location.ancestorOrigins?.[0] ?? null;
  const kept = useKeptReport(status, site, pass);

  // The popup shows the last check made on this site.
  useEffect(() => {
    if (!outcome || !site || !ours) return;
    const { file, summary } = outcome.report;
    void lastCheckItem(site).set({
      file: file.name,
      at: Date.now(),
      rows: summary.rows,
      verdict: verdictOf(outcome.report),
      fileBlocked: summary.fileBlocked,
    });
  }, [outcome]);
  // Over the size limit, the page gets what HighLevel accepts: the first part; the rest are
  // downloads. Parts made for the FAQ's row figure are only offered: the whole file fits.
  const parts = outcome?.parts ?? [];
  const split = parts.length > 1 && outcome?.overSizeLimit === true;
  const cleaned = (split ? parts[0] : outcome?.cleaned) ?? null;
  return (
    <main
      class="preflight panel"
      data-preflight-panel
      data-state={stateHook(status)}
      ref={main}
      tabIndex={-1}
      aria-label="Preflight"
    >
      <header class="brand">
        <h1>Preflight</h1>
        <button type="button" class="close" aria-label="Collapse the panel" onClick={collapse}>
          ×
        </button>
      </header>
      <HandedBanner handed={handed} shown={outcome} />
      {outcome && (
        <PhoneCountryOffer
          report={outcome.report}
          onAccept={(phoneCountry) => changeSettings({ phoneCountry })}
        />
      )}
      <CheckStatusView
        status={status}
        editing={editing}
        actions={
          <HandOverButtons
            status={status}
            cleanedLabel={
              split ? `Use cleaned file, part 1 of ${parts.length}` : 'Use cleaned file'
            }
            // The page gets a file only once it holds the latest edits.
            canUseCleaned={cleaned !== null && !editing.pending}
            onCleaned={() => {
              if (!outcome || cleaned === null) return;
              const suffix = split ? 'cleaned-part1' : 'cleaned';
              const name = derivedName(outcome.report.file.name, suffix);
              send({ type: 'use-cleaned', pick: pick.current, name, file: cleaned });
              setHanded({ what: 'cleaned', from: outcome, parts: split ? parts.length : 1 });
            }}
            onOriginal={useOriginal}
            onRecheck={recheck}
          />
        }
      />
      <section class="panel-settings" aria-label="Settings">
        {profile && (
          <p class="profile" data-profile={profile.location}>
            Settings of the sub-account <strong>{profile.name}</strong>
          </p>
        )}
        <SettingsBar value={settings} onChange={changeSettings} />
        {columns && <MappingStep columns={columns} settings={settings} onMap={map} />}
        {fixCounts && (
          <FixChoices
            counts={fixCounts}
            fixes={settings.fixes}
            onChange={(fixes) => changeSettings({ fixes })}
          />
        )}
        {ours && (
          <HoldSwitch>
            Hold the file until I choose (otherwise the page gets the original at once)
          </HoldSwitch>
        )}
        <KeptNotice reply={kept} />
      </section>
    </main>
  );
}
