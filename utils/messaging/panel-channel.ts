/**
 * Messages between the content script and the panel iframe. The content script opens a
 * MessageChannel and hands one port to the panel in a single `HELLO` postMessage: from then on
 * only the holder of the other port (our content script) can drive the panel, never a page script.
 */
export const HELLO = 'preflight:hello';

/** The one message to the panel's window: the port, and the pass that lets it keep its reports. */
export interface Hello {
  type: typeof HELLO;
  /** From the background (utils/background/panel-pass.ts); null if it could not be had. */
  pass: string | null;
}

/** Content script → panel. */
export type ToPanel =
  /** `held`: the page has not seen the file yet (false when checking alongside). */
  | { type: 'check'; file: File; held: boolean }
  /** The page's uploader did not take the cleaned file: the panel offers the download instead. */
  | { type: 'not-accepted' };

/** Panel → content script. */
export type FromPanel =
  | { type: 'ready' }
  /** `name`: the file's name as the page gets it ("contacts-cleaned.csv"). */
  | { type: 'use-cleaned'; name: string; text: string }
  | { type: 'use-original' }
  /** Fold the panel into a tab at the page's edge; the tab opens it again. */
  | { type: 'collapse' };

/** How long the content script waits for the panel before letting the original file through. */
export const PANEL_TIMEOUT_MS = 2000;
