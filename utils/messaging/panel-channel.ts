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

/** Content script → panel. `pick` numbers the files picked on the page, so a late answer about an
 * earlier file never reaches the uploader. */
export type ToPanel =
  /**
   * `held`: the page has not seen the file yet (false when checking alongside). `location`: the
   * sub-account of the page (lib/highlevel/location.ts), whose profile the check uses.
   */
  | { type: 'check'; file: File; held: boolean; pick: number; location: string | null }
  /** The page's uploader did not take the cleaned file: the panel offers the download instead. */
  | { type: 'not-accepted' }
  /** The content script gave the page the original on its own (the panel was silent too long). */
  | { type: 'released'; pick: number };

/** Panel → content script. */
export type FromPanel =
  | { type: 'ready' }
  /** Sent every HEARTBEAT_MS while the panel lives: its silence releases the held file. */
  | { type: 'alive' }
  /**
   * `name`: the file's name as the page gets it ("contacts-cleaned.csv"); `file`: the cleaned
   * file, a handle the page's thread does not copy.
   */
  | { type: 'use-cleaned'; pick: number; name: string; file: Blob }
  | { type: 'use-original'; pick: number }
  /** Fold the panel into a tab at the page's edge; the tab opens it again. */
  | { type: 'collapse' };

/** What the panel asks of the content script, besides saying it is ready and alive. */
export type PanelRequest = Exclude<FromPanel, { type: 'ready' | 'alive' }>;

/** How long the content script waits for the panel before letting the original file through. */
export const PANEL_TIMEOUT_MS = 4000;

/** How often the panel says it is alive, and how long a silence means it is gone or frozen. */
export const HEARTBEAT_MS = 1000;
export const PANEL_SILENCE_MS = 10_000;
