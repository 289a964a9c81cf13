import { browser } from 'wxt/browser';
import {
  HEARTBEAT_MS,
  HELLO,
  PANEL_SILENCE_MS,
  PANEL_TIMEOUT_MS,
  type FromPanel,
  type Hello,
  type PanelRequest,
  type ToPanel,
} from '../messaging/panel-channel';
import { send } from '../messaging/send';
import { extensionAlive } from './extension-alive';

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
  @media (prefers-color-scheme: dark) { .panel { background: #101828; } }
</style>
<div class="panel"><iframe data-preflight-frame title="Preflight"></iframe></div>
<button class="tab" type="button" data-preflight-tab hidden>Preflight</button>`;

/** The panel on the page, as the content script drives it. */
export interface PanelHost {
  /** True once the panel said it is ready; false if it did not within PANEL_TIMEOUT_MS. */
  ready: Promise<boolean>;
  post(message: ToPanel): void;
  /** The panel's answers (its `ready` and `alive` are the host's own business). */
  onMessage: (message: PanelRequest) => void;
  /** The panel left the page (the page removed it, or the extension was reloaded). */
  onLost: () => void;
  /** The panel is on the page but said nothing for PANEL_SILENCE_MS: frozen or crashed. */
  onSilent: () => void;
  /** Still on the page, in a running extension: worth showing the next file. */
  usable(): boolean;
  expand(open: boolean): void;
  remove(): void;
}

/**
 * Adds the panel beside the page and hands it, once loaded, one end of a MessageChannel and the
 * pass the background gives for this tab, in a single message to the extension's origin alone.
 * Throws when the extension is gone (an orphaned content script): the caller lets the file go.
 * `shown: false` loads it out of sight, panel and tab, until `expand` shows it.
 */
export function createPanel({ shown = true } = {}): PanelHost {
  const src = browser.runtime.getURL('/panel.html');
  // The panel lives in a closed shadow root: the page's CSS cannot reach it, nor its scripts the
  // frame (to swap its address and receive the HELLO meant for the panel).
  const element = document.createElement('div');
  element.setAttribute('data-preflight-host', '');
  const root = element.attachShadow({ mode: 'closed' });
  root.innerHTML = PANEL_SHELL;
  const frame = root.querySelector('iframe') as HTMLIFrameElement;
  const tab = root.querySelector('button') as HTMLButtonElement;
  const panel = root.querySelector('.panel') as HTMLElement;
  frame.src = src;

  const channel = new MessageChannel();
  // Where the user was (the uploader): Escape or × in the panel gives focus back there.
  let returnFocusTo = document.activeElement;
  let lastHeard = Date.now();
  let silent = false;
  let lost = false;
  const host: PanelHost = {
    ready: new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), PANEL_TIMEOUT_MS);
      channel.port1.onmessage = ({ data }: MessageEvent<FromPanel>) => {
        lastHeard = Date.now();
        silent = false;
        if (data.type === 'ready') {
          clearTimeout(timer);
          frame.focus();
          resolve(true);
        } else if (data.type !== 'alive') host.onMessage(data);
      };
    }),
    post: (message) => channel.port1.postMessage(message),
    onMessage: () => undefined,
    onLost: () => undefined,
    onSilent: () => undefined,
    usable: () => !lost && element.isConnected && extensionAlive(),
    expand(open) {
      element.toggleAttribute('data-collapsed', !open);
      panel.hidden = !open;
      tab.hidden = open;
      if (open) {
        if (document.activeElement !== element) returnFocusTo = document.activeElement;
        frame.focus();
      } else if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) {
        returnFocusTo.focus();
      }
    },
    remove: () => element.remove(),
  };
  tab.addEventListener('click', () => host.expand(true));
  if (!shown) panel.hidden = true;

  // The watchdog: a panel the page removed, or whose extension is gone, releases its file at once
  // (the observer sees a removal the moment it happens); one that falls silent, after a while.
  const watch = () => {
    if (lost) return;
    if (!host.usable()) {
      lost = true;
      clearInterval(ticking);
      observer.disconnect();
      element.remove();
      host.onLost();
    } else if (!silent && Date.now() - lastHeard > PANEL_SILENCE_MS) {
      silent = true;
      host.onSilent();
    }
  };
  const ticking = setInterval(watch, HEARTBEAT_MS);
  const observer = new MutationObserver(watch);
  document.documentElement.append(element);
  observer.observe(document.documentElement, { childList: true });

  // Asked while the frame loads. Without a pass the panel still checks; it keeps nothing.
  const pass = send({ type: 'panel-pass' })
    .then((value: unknown) => (typeof value === 'string' ? value : null))
    .catch(() => null);
  // Once: if the page ever navigates the frame elsewhere, nothing more is sent to it.
  frame.addEventListener(
    'load',
    () => {
      void pass.then((value) => {
        const hello: Hello = { type: HELLO, pass: value };
        frame.contentWindow?.postMessage(hello, new URL(src).origin, [channel.port2]);
      });
    },
    { once: true },
  );
  return host;
}
