import { fromBase64, gunzip } from '../db/archive';
import { send } from '../messaging/send';

/**
 * The contacts export loaded in the options page, as bytes for the validation worker, or null.
 * Asked of the background: the panel cannot open the extension's database itself.
 */
export async function loadReferenceBytes(pass?: string | null): Promise<ArrayBuffer | null> {
  const reply = await send({ type: 'get-reference', pass: pass ?? undefined });
  return reply ? gunzip(fromBase64(reply.data)) : null;
}
