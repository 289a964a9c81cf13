import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../utils/background/handlers';
import { forgetPanelPass } from '../utils/background/panel-pass';
import { keepWithinRetention } from '../utils/background/retention';
import { PreflightDb } from '../utils/db/db';
import { originOfPattern } from '../utils/sites/origins';
import { disableSite } from '../utils/sites/registration';

/**
 * The background owns what outlives a page: content scripts registered for the domains a user
 * enabled, and every database write, asked for by message (utils/background/handlers.ts).
 */
export default defineBackground(() => {
  const db = new PreflightDb();
  handleMessages(db);
  browser.tabs.onRemoved.addListener((tabId) => void forgetPanelPass(tabId));
  // Reports past their time go when the browser starts, not only when the next check is saved.
  browser.runtime.onStartup.addListener(() => {
    void keepWithinRetention(db);
  });
  // A permission taken back in the browser's settings takes its content script with it.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const pattern of origins) void disableSite(originOfPattern(pattern));
  });
});
