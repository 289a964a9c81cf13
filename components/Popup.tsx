import { useEffect, useState } from 'preact/hooks';
import { CODES } from '../lib/codes';
import { LastCheckView } from './LastCheckView';
import { SiteSwitch } from './SiteSwitch';

const predicted = Object.values(CODES).filter((entry) => entry.predicted).length;

function openChecker() {
  void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') });
  window.close();
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * The toolbar popup: the last check on this tab's site, Check a file, and Enable Preflight on
 * this site for white-label domains. (The report history comes with the history issue.)
 */
export function Popup() {
  const [tab, setTab] = useState<{ url?: string; id?: number } | null>(null);
  useEffect(() => {
    // activeTab: the address of the tab the popup was opened on, and only that one.
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => setTab(active ?? {}));
  }, []);
  const origin = originOf(tab?.url);
  return (
    <main style={{ font: '14px system-ui, sans-serif', width: 300, padding: 14 }}>
      <h1 style={{ fontSize: 16, margin: '0 0 6px' }}>Preflight</h1>
      <p style={{ margin: '0 0 12px', color: '#475467' }}>
        Checks a contact CSV for the {predicted} problems HighLevel's import would report, before
        you import it.
      </p>
      {origin?.startsWith('http') && <LastCheckView origin={origin} />}
      <button
        type="button"
        data-action="open-checker"
        onClick={openChecker}
        style={{
          font: 'inherit',
          fontWeight: 600,
          padding: '8px 14px',
          borderRadius: 8,
          border: 0,
          background: '#155eef',
          color: '#fff',
          cursor: 'pointer',
        }}
      >
        Check a file
      </button>
      {tab && <SiteSwitch url={tab.url} tabId={tab.id} />}
    </main>
  );
}
