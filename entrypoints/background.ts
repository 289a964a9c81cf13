import { PreflightDb } from '../utils/db';
import { applyRetention, clearReports, deleteReports, saveReport } from '../utils/history';
import {
  isHistoryRequest,
  type HistoryReply,
  type HistoryRequest,
  type ReferenceReply,
} from '../utils/history-protocol';
import { clearReference, getReference, setReference } from '../utils/reference-store';
import { getRetention } from '../utils/retention';
import { isFromOurPage } from '../utils/sender';
import {
  originOfPattern,
  originPattern,
  scriptId,
  type SiteReply,
  type SiteRequest,
} from '../utils/sites';

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

async function onHistoryRequest(
  db: PreflightDb,
  request: HistoryRequest,
): Promise<HistoryReply | ReferenceReply> {
  switch (request.type) {
    case 'save-report': {
      const reply = await saveReport(db, request);
      if (reply.ok) await applyRetention(db, await getRetention());
      return reply;
    }
    case 'delete-reports':
      return deleteReports(db, request.ids);
    case 'clear-reports':
      return clearReports(db);
    case 'apply-retention':
      return applyRetention(db, await getRetention());
    case 'set-reference':
      return setReference(db, request);
    case 'clear-reference':
      return clearReference(db);
    case 'get-reference':
      return getReference(db);
  }
}

/**
 * The background owns what outlives a page: content scripts registered for the domains a user
 * enabled, and every database write. It acts only on messages from the extension's own pages
 * (the panel included: its frame is ours), never on one from a content script or a web page.
 */
export default defineBackground(() => {
  const db = new PreflightDb();
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: SiteRequest | HistoryRequest, sender) => {
    if (!isFromOurPage(sender, extension)) return undefined;
    if (message?.type === 'enable-site') return enableSite(message.origin);
    if (message?.type === 'disable-site') return disableSite(message.origin);
    if (isHistoryRequest(message)) return onHistoryRequest(db, message);
    return undefined;
  });
  // Reports past their time go when the browser starts, not only when the next check is saved.
  browser.runtime.onStartup.addListener(() => {
    void getRetention().then((retention) => applyRetention(db, retention));
  });
  // A permission taken back in the browser's settings takes its content script with it.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const pattern of origins) void disableSite(originOfPattern(pattern));
  });
});
