import { browser } from 'wxt/browser';
import { HELLO, PANEL_TIMEOUT_MS, type FromPanel, type Hello } from '../messaging/panel-channel';
import { send } from '../messaging/send';

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

/** The panel on the page: its port once it said it is ready (null if it did not in time). */
export interface PanelHost {
  port: Promise<MessagePort | null>;
  expand: (open: boolean) => void;
  remove: () => void;
}

/**
 * Adds the panel beside the page and hands it, once loaded, one end of a MessageChannel and the
 * pass the background gives for this tab, in a single message to the extension's origin alone.
 */
export function createPanel(): PanelHost {
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
  return { port, expand, remove: () => host.remove() };
}
