import { CODES } from '../lib/codes';

const predicted = Object.values(CODES).filter((entry) => entry.predicted).length;

/** The toolbar popup. The import-screen panel and the report history arrive with the extension issue. */
export function Popup() {
  return (
    <main style={{ font: '14px system-ui, sans-serif', width: 280, padding: 12 }}>
      <h1 style={{ fontSize: 16, margin: '0 0 8px' }}>Preflight</h1>
      <p style={{ margin: 0 }}>
        Checks a contact CSV for the {predicted} problems HighLevel's import would report, before
        you import it.
      </p>
    </main>
  );
}
