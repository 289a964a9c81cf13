import { browser } from 'wxt/browser';
import type { PreflightDb } from '../db/db';
import type { AnyRequest, MessageType, Reply, Request, WriteReply } from '../messaging/protocol';
import { disableSite, enableSite } from '../sites/registration';
import { clearReports, deleteReports, saveReport } from './history';
import { isPanelPass, issuePanelPass } from './panel-pass';
import { clearReference, getReference, setReference } from './reference-store';
import { ReportPieces } from './report-pieces';
import { keepWithinRetention } from './retention';
import { senderKind, type SenderKind } from './sender';

/** Who sent a message: the tab is the content script's or the panel's. */
interface From {
  kind: SenderKind;
  tabId: number | undefined;
}

/** Each message's handler; undefined leaves the message unanswered. */
type Handlers = {
  [T in MessageType]: (request: Request<T>, from: From) => Promise<Reply<T>> | undefined;
};

/**
 * Who may send each message (./sender.ts): our pages anything but the pass; the panel, which any
 * site could frame, only what it needs, and then only with the pass (see `withPass`); our content
 * script only that pass; nobody else anything. The compiler fails here when a message is added.
 */
const SENDERS: { [T in MessageType]: readonly SenderKind[] } = {
  'panel-pass': ['content-script'],
  'check-pass': ['panel'],
  'enable-site': ['page'],
  'disable-site': ['page'],
  'report-piece': ['page', 'panel'],
  'save-report': ['page', 'panel'],
  'delete-reports': ['page'],
  'clear-reports': ['page'],
  'apply-retention': ['page'],
  'set-reference': ['page'],
  'clear-reference': ['page'],
  'get-reference': ['page', 'panel'],
};

/** What a panel without its pass is told: its check stands, it is just not kept. */
const NO_PASS: WriteReply = {
  ok: false,
  reason: 'refused',
  message: 'this panel was not opened by Preflight on an import screen',
};

/** Our pages need no pass; the panel needs the one our content script gave it for its tab. */
const withPass = (from: From, pass: string | undefined) =>
  from.kind !== 'panel' || isPanelPass(from.tabId, pass);

/** What a save is told when its body's pieces did not all arrive. */
const INCOMPLETE: WriteReply = {
  ok: false,
  reason: 'error',
  message: "the report did not all reach Preflight's background (was it restarted?)",
};

const BAD_PIECE: WriteReply = { ok: false, reason: 'error', message: 'not a piece of a report' };

function handlers(db: PreflightDb): Handlers {
  const pieces = new ReportPieces();
  return {
    'panel-pass': (_, { tabId }) => (tabId === undefined ? undefined : issuePanelPass(tabId)),
    'check-pass': ({ pass }, { tabId }) => isPanelPass(tabId, pass),
    'enable-site': ({ origin }) => enableSite(origin),
    'disable-site': ({ origin }) => disableSite(origin),
    'report-piece': async ({ upload, index, text, pass }, from) => {
      if (!(await withPass(from, pass))) return NO_PASS;
      return pieces.add(upload, index, text) ? { ok: true } : BAD_PIECE;
    },
    'save-report': async ({ upload, pieces: count, pass, replaces, entry }, from) => {
      if (!(await withPass(from, pass))) return NO_PASS;
      const body = pieces.take(upload, count);
      if (body === null) return INCOMPLETE;
      const reply = await saveReport(db, { replaces, entry, body });
      // The report is kept whatever retention then meets: its reply says so.
      if (reply.ok) await keepWithinRetention(db);
      return reply;
    },
    'delete-reports': ({ ids }) => deleteReports(db, ids),
    'clear-reports': () => clearReports(db),
    'apply-retention': () => keepWithinRetention(db),
    'set-reference': (request) => setReference(db, request),
    'clear-reference': () => clearReference(db),
    'get-reference': async ({ pass }, from) =>
      (await withPass(from, pass)) ? getReference(db) : null,
  };
}

const isRequest = (message: unknown): message is AnyRequest =>
  typeof message === 'object' &&
  message !== null &&
  'type' in message &&
  typeof message.type === 'string' &&
  Object.hasOwn(SENDERS, message.type);

function dispatch<T extends MessageType>(table: Handlers, request: Request<T>, from: From) {
  return SENDERS[request.type].includes(from.kind) ? table[request.type](request, from) : undefined;
}

/** Answers runtime messages through the table above, each by who sent it. */
export function handleMessages(db: PreflightDb): void {
  const table = handlers(db);
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRequest(message)) return undefined;
    return dispatch(table, message, { kind: senderKind(sender, extension), tabId: sender.tab?.id });
  });
}
