/**
 * Who sent a runtime message, as the background must tell them apart:
 * - `page`: one of the extension's own pages (popup, options, reports, checker), which no web
 *   page can embed;
 * - `panel`: the panel's frame. It is web-accessible (white-label domains need it), so any site
 *   could frame it: it may keep a report or read the contacts export only with the pass our
 *   content script handed it (utils/background/panel-pass.ts);
 * - `content-script`: ours, on a page it runs on (HighLevel, or a domain the user enabled): our
 *   id, but the web page's address;
 * - `other`: anything else (another extension), which is never answered.
 */
export type SenderKind = 'page' | 'panel' | 'content-script' | 'other';

export const PANEL_PAGE = 'panel.html';

export function senderKind(
  sender: { id?: string; url?: string; tab?: { id?: number } },
  extension: { id: string; baseUrl: string },
): SenderKind {
  if (sender.id !== extension.id || !sender.url) return 'other';
  if (sender.url.startsWith(extension.baseUrl + PANEL_PAGE)) return 'panel';
  if (sender.url.startsWith(extension.baseUrl)) return 'page';
  return sender.tab?.id !== undefined && /^https?:/.test(sender.url) ? 'content-script' : 'other';
}
