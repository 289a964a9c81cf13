import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessages } from '../../../utils/background/handlers';
import { PreflightDb } from '../../../utils/db/db';
import { PIECE_LENGTH, piecesOf } from '../../../utils/messaging/pieces';
import { reportToKeep } from '../../../utils/messaging/protocol';
import { check, csv } from '../../helpers';

vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

const US = fakeBrowser.runtime.id;
const PAGE = { id: US, url: fakeBrowser.runtime.getURL('/reports.html') };
const PANEL = { id: US, url: fakeBrowser.runtime.getURL('/panel.html'), tab: { id: 7 } };
const CONTENT_SCRIPT = {
  id: US,
  url: 'https://app.gohighlevel.com/contacts/import',
  tab: { id: 7 },
};
const OTHER_EXTENSION = { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: PAGE.url };

let db: PreflightDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new PreflightDb('preflight-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  handleMessages(db);
});
afterEach(() => db.close());

/** The background's answer, as the sender would get it; undefined when it does not answer. */
async function ask(message: unknown, sender: object): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return answer;
}

/**
 * Keeps a report as keepReport (utils/messaging/keep-report.ts) does, each message from `sender`:
 * its body's pieces, then the save; the save's answer, or the first refused piece's.
 */
async function keep(sender: object, pass?: string, body = btoa('body'), skip?: number) {
  const outcome = { ...check(csv('Email', 'a@b.co')), hash: 'ab'.repeat(32) };
  const { replaces, entry } = reportToKeep(outcome, body, { site: null, replaces: null });
  const upload = crypto.randomUUID();
  const pieces = piecesOf(body);
  for (const [index, text] of pieces.entries()) {
    if (index === skip) continue;
    const reply = await ask({ type: 'report-piece', upload, index, text, pass }, sender);
    if (!(reply as { ok: boolean }).ok) return reply;
  }
  const save = { type: 'save-report', replaces, entry, upload, pieces: pieces.length, pass };
  return ask(save, sender);
}

describe('the message table', () => {
  it('gives our content script a pass for its tab, and nobody else one', async () => {
    expect(await ask({ type: 'panel-pass' }, CONTENT_SCRIPT)).toMatch(/^[0-9a-f-]{36}$/);
    for (const sender of [PAGE, PANEL, OTHER_EXTENSION]) {
      expect(await ask({ type: 'panel-pass' }, sender)).toBeUndefined();
    }
  });

  it('keeps a report from the panel only with the pass given for its tab', async () => {
    const pass = (await ask({ type: 'panel-pass' }, CONTENT_SCRIPT)) as string;
    expect(await keep(PANEL)).toMatchObject({ ok: false });
    expect(await keep(PANEL, 'a-guess')).toMatchObject({ ok: false });
    const otherTab = { ...PANEL, tab: { id: 8 } };
    expect(await keep(otherTab, pass)).toMatchObject({ ok: false });
    expect(await db.reports.count()).toBe(0);
    expect(await keep(PANEL, pass)).toMatchObject({ ok: true });
    expect(await db.reports.count()).toBe(1);
  });

  it('joins a large body from its pieces, and keeps nothing when one is missing', async () => {
    // Three pieces of base64 ("ABC" over and over), the last one short.
    const body = 'QUJD'.repeat(Math.ceil((PIECE_LENGTH * 2.5) / 4));
    expect(piecesOf(body)).toHaveLength(3);
    expect(await keep(PAGE, undefined, body, 1)).toMatchObject({ ok: false, reason: 'error' });
    expect(await db.reports.count()).toBe(0);
    const reply = (await keep(PAGE, undefined, body)) as { ok: true; id: number };
    expect(reply).toMatchObject({ ok: true });
    const stored = await db.bodies.get(reply.id);
    expect(stored?.data.length).toBe((body.length / 4) * 3);
    expect(new TextDecoder().decode(stored?.data.slice(0, 6))).toBe('ABCABC');
  });

  it("tells the panel whether its pass is its tab's, and nobody else", async () => {
    const pass = (await ask({ type: 'panel-pass' }, CONTENT_SCRIPT)) as string;
    expect(await ask({ type: 'check-pass', pass }, PANEL)).toBe(true);
    expect(await ask({ type: 'check-pass', pass: 'a-guess' }, PANEL)).toBe(false);
    expect(await ask({ type: 'check-pass' }, PANEL)).toBe(false);
    expect(await ask({ type: 'check-pass', pass }, { ...PANEL, tab: { id: 8 } })).toBe(false);
    expect(await ask({ type: 'check-pass', pass }, CONTENT_SCRIPT)).toBeUndefined();
  });

  it('lets the panel ask nothing else, even with its pass', async () => {
    const pass = (await ask({ type: 'panel-pass' }, CONTENT_SCRIPT)) as string;
    expect(await ask({ type: 'clear-reports', pass }, PANEL)).toBeUndefined();
    expect(await ask({ type: 'enable-site', origin: 'https://a.example', pass }, PANEL)).toBe(
      undefined,
    );
  });

  it('answers our pages, and never another extension or a message it does not know', async () => {
    expect(await keep(PAGE)).toMatchObject({ ok: true });
    expect(await ask({ type: 'clear-reports' }, OTHER_EXTENSION)).toBeUndefined();
    expect(await db.reports.count()).toBe(1);
    expect(await ask({ type: 'clear-reports' }, PAGE)).toEqual({ ok: true });
    expect(await db.reports.count()).toBe(0);
    for (const message of [{ type: 'toString' }, { type: 'nope' }, null, 'clear-reports']) {
      expect(await ask(message, PAGE)).toBeUndefined();
    }
  });
});
