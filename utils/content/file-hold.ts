import { locationIdOf } from '../../lib/highlevel/location';
import { CONTACT_FILE_NAME } from '../../lib/regexes';
import type { CheckMode } from '../storage/check-mode';
import { extensionAlive } from './extension-alive';
import { createPanel, type PanelHost } from './panel-host';

/**
 * Sees a contact file before the page does: capture-phase `change`, `input` and `drop` on window,
 * so it works across the app's route changes and for hidden inputs behind styled buttons. Holds
 * the file (when `mode` says so), shows the panel, and hands the page the cleaned file or the
 * original when the user chooses.
 *
 * It fails open: whatever goes wrong (the panel does not load, the page removes it, it freezes,
 * the extension is reloaded), the page gets its original file. And only the user drives it: only
 * trusted events are held, so a page script cannot make Preflight open, check or keep anything.
 */
export function holdContactFiles(mode: () => CheckMode): void {
  /** Set while we re-dispatch an event to the page, so we do not catch our own. */
  let releasing = false;
  let panel: PanelHost | null = null;
  /** Files picked so far: only the latest pick may put a file in the uploader. */
  let picks = 0;

  const isContactFile = (file: File | undefined): file is File =>
    !!file && (CONTACT_FILE_NAME.test(file.name) || file.type === 'text/csv');

  /** A user's own pick or drop, while this extension runs (not a page script's, nor ours). */
  const isUsers = (event: Event) => !releasing && event.isTrusted && extensionAlive();

  const withoutUs = (dispatch: () => void) => {
    releasing = true;
    try {
      dispatch();
    } finally {
      releasing = false;
    }
  };

  function openPanel(): PanelHost {
    if (panel?.usable()) {
      panel.expand(true);
      return panel;
    }
    panel?.remove();
    panel = createPanel();
    return panel;
  }

  /**
   * Loads the panel out of sight while the user chooses a file, so that it is ready when they
   * have: opening it took a third of a second of a check's start. It holds nothing until a pick.
   */
  function loadPanelAhead() {
    if (panel?.usable()) return;
    panel?.remove();
    const ahead = createPanel({ shown: false });
    panel = ahead;
    // One that never said it was ready makes way: the pick opens a new one, as without it.
    void ahead.ready.then((ready) => {
      if (ready || panel !== ahead) return;
      ahead.remove();
      panel = null;
    });
  }

  /**
   * Shows the panel for the file and calls `deliverToPage` with what the page should receive.
   * A file that was not held is already the page's: handing it the original again is a no-op.
   */
  async function hold(file: File, held: boolean, deliverToPage: (chosen: File) => boolean) {
    const pick = ++picks;
    let handed = !held;
    const hand = (chosen: File) => {
      handed = true;
      return (!held && chosen === file) || deliverToPage(chosen);
    };
    /** The original, unless the page already has this pick's file or a later pick's. */
    const letGo = () => {
      if (!handed && pick === picks) hand(file);
    };
    try {
      const host = openPanel();
      host.onLost = () => {
        if (panel === host) panel = null;
        letGo();
      };
      host.onSilent = () => {
        letGo();
        host.post({ type: 'released', pick });
      };
      host.onMessage = (data) => {
        if (data.type === 'collapse') host.expand(false);
        else if (data.pick !== pick) return;
        else if (data.type === 'use-original') hand(file);
        else if (!hand(new File([data.file], data.name, { type: 'text/csv' })))
          host.post({ type: 'not-accepted' });
      };
      const location = locationIdOf(window.location.pathname);
      if (await host.ready) host.post({ type: 'check', file, held, pick, location });
      else host.remove(); // the watchdog sees it gone and lets the file go
    } catch (error) {
      console.warn('Preflight: the file goes to the page unchecked', error);
      letGo();
    }
  }

  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!isUsers(event) || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
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

  // A file chooser about to open: a click on a file input in the user's own gesture (a styled
  // button's `click()` on a hidden input too; without a gesture the browser opens no chooser).
  window.addEventListener(
    'click',
    (event) => {
      const input = event.target;
      if (releasing || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const gesture = event.isTrusted || navigator.userActivation?.isActive === true;
      if (gesture && extensionAlive()) loadPanelAhead();
    },
    true,
  );
  // Files dragged over the page: a drop may follow.
  window.addEventListener(
    'dragenter',
    (event) => {
      if (isUsers(event) && event.dataTransfer?.types.includes('Files')) loadPanelAhead();
    },
    true,
  );

  // The file input's own `input` event comes first; the page must not see it either.
  window.addEventListener(
    'input',
    (event) => {
      const input = event.target;
      if (!isUsers(event) || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
      if (mode() === 'hold' && isContactFile(input.files?.[0])) event.stopImmediatePropagation();
    },
    true,
  );

  window.addEventListener(
    'drop',
    (event) => {
      const file = event.dataTransfer?.files[0];
      const target = event.target;
      if (!isUsers(event) || !isContactFile(file) || !(target instanceof EventTarget)) return;
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
