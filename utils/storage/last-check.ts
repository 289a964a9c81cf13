import { browser } from 'wxt/browser';
import type { Summary } from '../../lib/types';

/** What the popup shows of the last check on a site: kept for the browser session only. */
export interface LastCheck {
  file: string;
  at: number;
  rows: Summary['rows'];
  fileBlocked: boolean;
}

const key = (origin: string) => `lastCheck:${origin}`;

export function saveLastCheck(origin: string, check: LastCheck): Promise<void> {
  return browser.storage.session.set({ [key(origin)]: check });
}

export async function loadLastCheck(origin: string): Promise<LastCheck | null> {
  return ((await browser.storage.session.get(key(origin)))[key(origin)] as LastCheck) ?? null;
}
