import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PreflightDb } from '../utils/db/db';
import {
  applyRetention,
  clearReports,
  deleteReports,
  saveReport,
} from '../utils/background/history';
import {
  isHistoryRequest,
  PANEL_REQUESTS,
  type HistoryReply,
  type HistoryRequest,
  type ReferenceReply,
} from '../utils/messaging/protocol';
import { clearReference, getReference, setReference } from '../utils/background/reference-store';
import { getRetention } from '../utils/storage/retention';
import {
  forgetPanelPass,
  isPanelPass,
  issuePanelPass,
  type PanelPassRequest,
} from '../utils/background/panel-pass';
import { senderKind } from '../utils/background/sender';
import {
  originOfPattern,
  originPattern,
  scriptId,
  type SiteReply,
  type SiteRequest,
} from '../utils/sites/origins';

/** The content script as the build writes it; registered again for each enabled domain. */
const CONTENT_SCRIPT = 'content-scripts/content.js';

async function enableSite(origin: string): Promise<SiteReply> {
  const pattern = originPattern(origin);
  // The user's grant is the authority: without it, nothing is registered.
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, reason: `no permission for ${origin}` };
  }
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [pattern],
        js: [CONTENT_SCRIPT],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  }
  return { ok: true };
}

async function disableSite(origin: string): Promise<SiteReply> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  return { ok: true };
}

/** Lets go of the reports past the user's retention (read afresh: the options may change it). */
async function keepWithinRetention(db: PreflightDb): Promise<HistoryReply> {
  return applyRetention(db, await getRetention());
}

async function onHistoryRequest(
  db: PreflightDb,
  request: HistoryRequest,
): Promise<HistoryReply | ReferenceReply> {
  switch (request.type) {
    case 'save-report': {
      const reply = await saveReport(db, request);
      // The report is kept whatever retention then meets: its reply says so.
      if (reply.ok) await keepWithinRetention(db);
      return reply;
    }
    case 'delete-reports':
      return deleteReports(db, request.ids);
    case 'clear-reports':
      return clearReports(db);
    case 'apply-retention':
      return keepWithinRetention(db);
    case 'set-reference':
      return setReference(db, request);
    case 'clear-reference':
      return clearReference(db);
    case 'get-reference':
      return getReference(db);
  }
}

/** What a panel without its pass is told: its check stands, it is just not kept. */
const NO_PASS: HistoryReply = {
  ok: false,
  reason: 'error',
  message: 'this panel was not opened by Preflight on an import screen',
};

/** The panel may keep its report and read the contacts export, with its pass and nothing else. */
async function onPanelRequest(
  db: PreflightDb,
  request: HistoryRequest,
  tabId: number | undefined,
): Promise<HistoryReply | ReferenceReply> {
  const pass = 'pass' in request ? request.pass : undefined;
  if (PANEL_REQUESTS.includes(request.type) && (await isPanelPass(tabId, pass))) {
    return onHistoryRequest(db, request);
  }
  return request.type === 'get-reference' ? null : NO_PASS;
}

type Message = SiteRequest | HistoryRequest | PanelPassRequest;

/**
 * The background owns what outlives a page: content scripts registered for the domains a user
 * enabled, and every database write. Who may ask what depends on who asks (utils/background/sender.ts):
 * our pages anything; the panel, which any site could frame, only with the pass our content
 * script gave it; our content script only that pass; nobody else anything.
 */
export default defineBackground(() => {
  const db = new PreflightDb();
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: Message, sender) => {
    const tabId = sender.tab?.id;
    switch (senderKind(sender, extension)) {
      case 'content-script':
        return message?.type === 'panel-pass' && tabId !== undefined
          ? issuePanelPass(tabId)
          : undefined;
      case 'panel':
        return isHistoryRequest(message) ? onPanelRequest(db, message, tabId) : undefined;
      case 'page':
        if (message?.type === 'enable-site') return enableSite(message.origin);
        if (message?.type === 'disable-site') return disableSite(message.origin);
        return isHistoryRequest(message) ? onHistoryRequest(db, message) : undefined;
      case 'other':
        return undefined;
    }
  });
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
