import { CONTACT_FILE_NAME } from '../../lib/regexes';
import type { FromPanel, ToPanel } from '../messaging/panel-channel';
import type { CheckMode } from '../storage/check-mode';
import { createPanel, type PanelHost } from './panel-host';

/**
 * Sees a contact file before the page does: capture-phase `change`, `input` and `drop` on window,
 * so it works across the app's route changes and for hidden inputs behind styled buttons. Holds
 * the file (when `mode` says so), shows the panel, and hands the page the cleaned file or the
 * original when the user chooses; if the panel does not answer in time, the original at once.
 */
export function holdContactFiles(mode: () => CheckMode): void {
  /** Set while we re-dispatch an event to the page, so we do not catch our own. */
  let releasing = false;
  let panel: PanelHost | null = null;

  const isContactFile = (file: File | undefined): file is File =>
    !!file && (CONTACT_FILE_NAME.test(file.name) || file.type === 'text/csv');

  const withoutUs = (dispatch: () => void) => {
    releasing = true;
    try {
      dispatch();
    } finally {
      releasing = false;
    }
  };

  function openPanel() {
    if (panel) panel.expand(true);
    else panel = createPanel();
    return panel;
  }

  /**
   * Shows the panel for the file and calls `deliver` with what the page should receive. A file
   * that was not held is already the page's: handing it the original again is a no-op.
   */
  async function hold(file: File, held: boolean, deliverToPage: (chosen: File) => boolean) {
    const deliver = (chosen: File) => (!held && chosen === file) || deliverToPage(chosen);
    const { port, expand, remove } = openPanel();
    const ready = await port;
    if (!ready) {
      // The panel did not answer in time: the page gets its file, and the next pick tries anew.
      remove();
      panel = null;
      deliver(file);
      return;
    }
    ready.onmessage = ({ data }: MessageEvent<FromPanel>) => {
      if (data.type === 'use-original') deliver(file);
      else if (data.type === 'collapse') expand(false);
      else if (data.type === 'use-cleaned') {
        const cleaned = new File([data.text], data.name, { type: 'text/csv' });
        if (!deliver(cleaned)) ready.postMessage({ type: 'not-accepted' } satisfies ToPanel);
      }
    };
    ready.postMessage({ type: 'check', file, held } satisfies ToPanel);
  }

  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (releasing || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const file = input.files?.[0];
      if (!isContactFile(file)) return;
      const held = mode() === 'hold';
      if (held) event.stopImmediatePropagation();
      void hold(file, held, (chosen) => {
        const transfer = new DataTransfer();
        transfer.items.add(chosen);
        input.files = transfer.files;
        withoutUs(() => {
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
        // An uploader that re-rendered meanwhile (a route change) no longer holds the file.
        return input.isConnected && input.files?.[0] === chosen;
      });
    },
    true,
  );

  // The file input's own `input` event comes first; the page must not see it either.
  window.addEventListener(
    'input',
    (event) => {
      const input = event.target;
      if (releasing || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
      if (mode() === 'hold' && isContactFile(input.files?.[0])) event.stopImmediatePropagation();
    },
    true,
  );

  window.addEventListener(
    'drop',
    (event) => {
      const file = event.dataTransfer?.files[0];
      const target = event.target;
      if (releasing || !isContactFile(file) || !(target instanceof EventTarget)) return;
      const held = mode() === 'hold';
      if (held) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      void hold(file, held, (chosen) => {
        const transfer = new DataTransfer();
        transfer.items.add(chosen);
        const drop = new DragEvent('drop', {
          bubbles: true,
          cancelable: true,
          dataTransfer: transfer,
        });
        withoutUs(() => target.dispatchEvent(drop));
        return true;
      });
    },
    true,
  );
}
