import { browser } from 'wxt/browser';
/**
 * The pass that lets a panel keep its reports and read the contacts export. The background gives
 * one to our content script for its tab; the content script hands it to the panel it opened, in
 * the HELLO message addressed to the extension's origin alone. A site that frames panel.html
 * itself has no pass, so it can neither fill the history (and make retention drop real reports)
 * nor probe the user's contacts. Kept in session storage, which content scripts cannot read, so it
 * outlives the background's restarts but not the browser session.
 */
export interface PanelPassRequest {
  type: 'panel-pass';
}

const key = (tabId: number) => `panelPass:${tabId}`;

export async function issuePanelPass(tabId: number): Promise<string> {
  const pass = crypto.randomUUID();
  await browser.storage.session.set({ [key(tabId)]: pass });
  return pass;
}

export async function isPanelPass(tabId: number | undefined, pass: unknown): Promise<boolean> {
  if (tabId === undefined || typeof pass !== 'string') return false;
  return (await browser.storage.session.get(key(tabId)))[key(tabId)] === pass;
}

export function forgetPanelPass(tabId: number): Promise<void> {
  return browser.storage.session.remove(key(tabId));
}
