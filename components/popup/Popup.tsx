import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { CODES } from '../../lib/highlevel/codes';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { LastCheckView } from './LastCheckView';
import { RecentReports } from './RecentReports';
import { SiteSwitch } from './SiteSwitch';
import '../theme.css';
import './popup.css';

const predicted = Object.values(CODES).filter((entry) => entry.predicted).length;

function openInTab(url: string) {
  void browser.tabs.create({ url });
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
 * The toolbar popup: the last check on this tab's site, Check a file, the latest kept reports,
 * and Enable Preflight on this site for white-label domains.
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
    <main class="popup">
      <h1>Preflight</h1>
      <p>
        Checks a contact CSV for the {predicted} problems HighLevel's import would report, before
        you import it.
      </p>
      {origin?.startsWith('http') && <LastCheckView origin={origin} />}
      <button
        type="button"
        class="primary"
        data-action="open-checker"
        onClick={() => openInTab(browser.runtime.getURL('/checker.html'))}
      >
        Check a file
      </button>
      <button
        type="button"
        class="link"
        data-action="open-explain"
        onClick={() => openInTab(reportsPageUrl({ explain: true }))}
      >
        Explain an error log (after an import)
      </button>
      <RecentReports />
      {tab && <SiteSwitch url={tab.url} tabId={tab.id} />}
      <button
        type="button"
        class="link"
        data-action="open-options"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        Options
      </button>
    </main>
  );
}
