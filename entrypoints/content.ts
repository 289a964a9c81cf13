/**
 * Runs on every HighLevel page, so it stays tiny: no Preact, no engine. It sees a contact file
 * first (capture-phase `change` and `drop` on window, from document_start, so it works across the
 * app's route changes and for hidden inputs behind styled buttons), holds it, shows the panel
 * beside the page, and hands the page the cleaned file or the original when the user chooses.
 * If the panel cannot check the file in time, the original goes through at once: Preflight must
 * never break the import page.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTACT_FILE_NAME } from '../lib/regexes';
import { derivedName } from '../utils/pages/download';
import {
  HELLO,
  PANEL_TIMEOUT_MS,
  type FromPanel,
  type Hello,
  type ToPanel,
} from '../utils/messaging/panel-channel';
import { send } from '../utils/messaging/send';
import { checkModeItem, type CheckMode } from '../utils/storage/check-mode';

/**
 * The panel beside the page, and the tab it collapses to: at mid-height on the right edge, so it
 * never covers the page's own buttons, which import screens put at the bottom.
 */
const PANEL_SHELL = `<style>
  .panel { position: fixed; top: 0; right: 0; width: min(480px, 100vw); height: 100vh;
    z-index: 2147483647; background: #f9fafb; box-shadow: -8px 0 24px rgba(16, 24, 40, .18);
    resize: horizontal; overflow: hidden; direction: rtl; min-width: 320px; max-width: 100vw; }
  .panel iframe { width: 100%; height: 100%; border: 0; direction: ltr; display: block; }
  .tab { position: fixed; top: 50%; right: 0; transform: translateY(-50%); z-index: 2147483647;
    writing-mode: vertical-rl; padding: 14px 8px; border: 0; border-radius: 8px 0 0 8px;
    background: #155eef; color: #fff; font: 600 13px/1 system-ui, sans-serif; cursor: pointer; }
  .tab:focus-visible { outline: 3px solid #84adff; }
</style>
<div class="panel"><iframe data-preflight-frame title="Preflight"></iframe></div>
<button class="tab" type="button" data-preflight-tab hidden>Preflight</button>`;

export default defineContentScript({
  matches: ['https://app.gohighlevel.com/*'],
  runAt: 'document_start',
  main() {
    /** Set while we re-dispatch an event to the page, so we do not catch our own. */
    let releasing = false;
    // Read ahead: whether to hold a file must be known synchronously, inside the event.
    let mode: CheckMode = 'hold';
    void checkModeItem.get().then((value) => (mode = value));
    checkModeItem.watch((value) => (mode = value));
    let panel: {
      port: Promise<MessagePort | null>;
      expand: (open: boolean) => void;
      remove: () => void;
    } | null = null;

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
      if (panel) {
        panel.expand(true);
        return panel;
      }
      // The panel and its collapsed tab live in a shadow root: the page's CSS cannot reach them.
      const host = document.createElement('div');
      host.setAttribute('data-preflight-host', '');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = PANEL_SHELL;
      const frame = root.querySelector('iframe') as HTMLIFrameElement;
      const tab = root.querySelector('button') as HTMLButtonElement;
      frame.src = browser.runtime.getURL('/panel.html');
      const expand = (open: boolean) => {
        host.toggleAttribute('data-collapsed', !open);
        (root.querySelector('.panel') as HTMLElement).hidden = !open;
        tab.hidden = open;
        if (open) frame.focus();
      };
      tab.addEventListener('click', () => expand(true));
      document.documentElement.append(host);
      const port = new Promise<MessagePort | null>((resolve) => {
        const channel = new MessageChannel();
        const timer = setTimeout(() => resolve(null), PANEL_TIMEOUT_MS);
        channel.port1.onmessage = ({ data }: MessageEvent<FromPanel>) => {
          if (data.type !== 'ready') return;
          clearTimeout(timer);
          resolve(channel.port1);
        };
        // Asked while the frame loads. Without a pass the panel still checks; it keeps nothing.
        const pass = send({ type: 'panel-pass' })
          .then((value: unknown) => (typeof value === 'string' ? value : null))
          .catch(() => null);
        frame.addEventListener('load', () => {
          void pass.then((value) => {
            const hello: Hello = { type: HELLO, pass: value };
            frame.contentWindow?.postMessage(hello, new URL(frame.src).origin, [channel.port2]);
          });
        });
      });
      panel = { port, expand, remove: () => host.remove() };
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
          const cleaned = new File([data.text], derivedName(data.name, 'cleaned'), {
            type: 'text/csv',
          });
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
        const held = mode === 'hold';
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
        if (mode === 'hold' && isContactFile(input.files?.[0])) event.stopImmediatePropagation();
      },
      true,
    );

    window.addEventListener(
      'drop',
      (event) => {
        const file = event.dataTransfer?.files[0];
        const target = event.target;
        if (releasing || !isContactFile(file) || !(target instanceof EventTarget)) return;
        const held = mode === 'hold';
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
  },
});
