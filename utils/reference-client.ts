import { fromBase64, gunzip } from './archive';
import type { HistoryRequest, ReferenceReply } from './history-protocol';

/**
 * The contacts export loaded in the options page, as bytes for the validation worker, or null.
 * Asked of the background: the panel cannot open the extension's database itself.
 */
export async function loadReferenceBytes(): Promise<ArrayBuffer | null> {
  const request: HistoryRequest = { type: 'get-reference' };
  const reply = (await browser.runtime.sendMessage(request)) as ReferenceReply;
  return reply ? gunzip(fromBase64(reply.data)) : null;
}
