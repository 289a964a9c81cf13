import { CODES } from '../lib/codes';
import { SiteSwitch } from './SiteSwitch';

const predicted = Object.values(CODES).filter((entry) => entry.predicted).length;

function openChecker() {
  void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') });
  window.close();
}

/** The toolbar popup. The import-screen status and the report history come with later issues. */
export function Popup() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', width: 300, padding: 14 }}>
      <h1 style={{ fontSize: 16, margin: '0 0 6px' }}>Preflight</h1>
      <p style={{ margin: '0 0 12px', color: '#475467' }}>
        Checks a contact CSV for the {predicted} problems HighLevel's import would report, before
        you import it.
      </p>
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
      <SiteSwitch />
    </main>
  );
}
