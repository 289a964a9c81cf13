import { browser } from 'wxt/browser';
import type { SiteReply } from '../messaging/protocol';
import { originPattern, scriptId } from './origins';

/** The content script as the build writes it; registered again for each enabled domain. */
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** Registers the content script on a domain the user granted; run by the background. */
export async function enableSite(origin: string): Promise<SiteReply> {
  const pattern = originPattern(origin);
  // The user's grant is the authority: without it, nothing is registered.
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, reason: 'refused', message: `no permission for ${origin}` };
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

export async function disableSite(origin: string): Promise<SiteReply> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  return { ok: true };
}
