/**
 * The pass that lets a panel keep its reports and read the contacts export. The background gives
 * one to our content script for its tab; the content script hands it to the panel it opened, in
 * the HELLO message addressed to the extension's origin alone. A site that frames panel.html
 * itself has no pass, so it can neither fill the history (and make retention drop real reports)
 * nor probe the user's contacts. Kept in session storage, which content scripts cannot read, so it
 * outlives the background's restarts but not the browser session.
 */
import { storageItem } from '../storage/item';

const passItem = (tabId: number) =>
  storageItem('session', `panelPass:${tabId}`, (value) =>
    typeof value === 'string' ? value : null,
  );

export async function issuePanelPass(tabId: number): Promise<string> {
  const pass = crypto.randomUUID();
  await passItem(tabId).set(pass);
  return pass;
}

export async function isPanelPass(tabId: number | undefined, pass: unknown): Promise<boolean> {
  if (tabId === undefined || typeof pass !== 'string') return false;
  return (await passItem(tabId).get()) === pass;
}

export function forgetPanelPass(tabId: number): Promise<void> {
  return passItem(tabId).remove();
}
