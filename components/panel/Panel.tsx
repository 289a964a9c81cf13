import { useEffect, useState } from 'preact/hooks';
import type { FromPanel, ToPanel } from '../../utils/messaging/panel-channel';
import { derivedName } from '../../utils/pages/download';
import { lastCheckItem } from '../../utils/storage/last-check';
import { useDefaultSettings } from '../../hooks/use-default-settings';
import { useCheck } from '../../hooks/use-check';
import { useKeptReport } from '../../hooks/use-kept-report';
import { CheckStatusView } from './CheckStatusView';
import { HoldSwitch } from './HoldSwitch';
import { KeptNotice } from './KeptNotice';
import { PhoneCountryOffer } from './PhoneCountryOffer';
import { SettingsBar } from './SettingsBar';
import '../report/report.css';

/**
 * The panel beside HighLevel's import screen. It checks the file the content script holds and
 * lets the user hand the page the cleaned file or the original.
 */
export function Panel({ port, pass }: { port: MessagePort; pass: string | null }) {
  const { status, check, settings, changeSettings } = useCheck(pass);
  useDefaultSettings(changeSettings, (next) => changeSettings(next, { newAttempt: true }));
  const [handedOver, setHandedOver] = useState<'cleaned' | 'original' | 'refused' | null>(null);
  const send = (message: FromPanel) => port.postMessage(message);
  const collapse = () => send({ type: 'collapse' });

  useEffect(() => {
    port.onmessage = ({ data }: MessageEvent<ToPanel>) => {
      if (data.type === 'check') {
        setHandedOver(data.held ? null : 'original');
        check(data.file);
      } else if (data.type === 'not-accepted') setHandedOver('refused');
    };
    send({ type: 'ready' });
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && collapse();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [port]);

  // A check that fails must never block the import: the page gets the original at once.
  useEffect(() => {
    // Settings the engine cannot use (an unknown country) are the user's to fix in the bar above.
    if (status.state !== 'error' || status.about === 'settings') return;
    send({ type: 'use-original' });
    setHandedOver('original');
  }, [status.state]);

  const outcome = status.state === 'done' ? status.outcome : null;
  // The page's origin is the frame's parent: the site the report is kept under.
  const site = location.ancestorOrigins?.[0] ?? null;
  const kept = useKeptReport(status, site, pass);

  // The popup shows the last check made on this site.
  useEffect(() => {
    if (!outcome || !site) return;
    const { file, summary } = outcome.report;
    void lastCheckItem(site).set({
      file: file.name,
      at: Date.now(),
      rows: summary.rows,
      fileBlocked: summary.fileBlocked,
    });
  }, [outcome]);
  // Over the size limit, the page gets what HighLevel accepts: the first part; the rest are
  // downloads. Parts made for the FAQ's row figure are only offered: the whole file fits.
  const parts = outcome?.parts ?? [];
  const split = parts.length > 1 && outcome?.overSizeLimit === true;
  const cleaned = (split ? parts[0] : outcome?.cleaned) ?? null;
  return (
    <main class="preflight panel" data-preflight-panel data-state={status.state}>
      <header class="brand">
        <h1>Preflight</h1>
        <button type="button" class="close" aria-label="Collapse the panel" onClick={collapse}>
          ×
        </button>
      </header>
      {handedOver === 'refused' && (
        <p class="banner banner-blocked" role="alert">
          The page did not take the cleaned file. Download it below and pick it in the uploader.
        </p>
      )}
      {handedOver === 'cleaned' &&
        (split ? (
          <p class="banner banner-clean" data-handed-part="1">
            Part 1 of {parts.length} of the cleaned file is in the uploader: continue the import,
            then import the other parts, downloaded below, the same way.
          </p>
        ) : (
          <p class="banner banner-clean">
            The cleaned file is in the uploader: continue the import.
          </p>
        ))}
      {handedOver === 'original' && (
        <p class="banner">The original file is in the uploader, untouched.</p>
      )}
      <HoldSwitch>
        Hold the file until I choose (otherwise the page gets the original at once)
      </HoldSwitch>
      <SettingsBar value={settings} onChange={changeSettings} />
      {outcome && (
        <PhoneCountryOffer
          report={outcome.report}
          onAccept={(phoneCountry) => changeSettings({ phoneCountry })}
        />
      )}
      <KeptNotice reply={kept} />
      <CheckStatusView
        status={status}
        actions={
          outcome && (
            <>
              <button
                type="button"
                class="primary"
                data-action="use-cleaned"
                disabled={cleaned === null}
                onClick={() => {
                  if (cleaned === null) return;
                  const suffix = split ? 'cleaned-part1' : 'cleaned';
                  const name = derivedName(outcome.report.file.name, suffix);
                  send({ type: 'use-cleaned', name, text: cleaned });
                  setHandedOver('cleaned');
                }}
              >
                {split ? `Use cleaned file, part 1 of ${parts.length}` : 'Use cleaned file'}
              </button>
              <button
                type="button"
                data-action="use-original"
                onClick={() => {
                  send({ type: 'use-original' });
                  setHandedOver('original');
                }}
              >
                Use original file
              </button>
            </>
          )
        }
      />
    </main>
  );
}
