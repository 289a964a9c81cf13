import { browser } from 'wxt/browser';
import type { MessageType, Reply, Request } from './protocol';

/** Sends the background a message; the reply is typed by the message's type (./protocol.ts). */
export function send<T extends MessageType>(request: Request<T>): Promise<Reply<T>> {
  return browser.runtime.sendMessage(request) as Promise<Reply<T>>;
}
