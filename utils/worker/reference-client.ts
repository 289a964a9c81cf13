import { browser } from 'wxt/browser';
import { fromBase64, gunzip } from '../db/archive';
import type { HistoryRequest, ReferenceReply } from '../messaging/protocol';

/**
 * The contacts export loaded in the options page, as bytes for the validation worker, or null.
 * Asked of the background: the panel cannot open the extension's database itself.
 */
export async function loadReferenceBytes(pass?: string | null): Promise<ArrayBuffer | null> {
  const request: HistoryRequest = { type: 'get-reference', pass: pass ?? undefined };
  const reply = (await browser.runtime.sendMessage(request)) as ReferenceReply;
  return reply ? gunzip(fromBase64(reply.data)) : null;
}
