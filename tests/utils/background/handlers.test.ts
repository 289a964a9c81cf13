import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessages } from '../../../utils/background/handlers';
import { PreflightDb } from '../../../utils/db/db';
import { saveReportRequest } from '../../../utils/messaging/protocol';
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

function saveRequest(pass?: string) {
  const outcome = { ...check(csv('Email', 'a@b.co')), hash: 'ab'.repeat(32) };
  return saveReportRequest(outcome, btoa('body'), { site: null, replaces: null, pass });
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
    expect(await ask(saveRequest(), PANEL)).toMatchObject({ ok: false });
    expect(await ask(saveRequest('a-guess'), PANEL)).toMatchObject({ ok: false });
    const otherTab = { ...PANEL, tab: { id: 8 } };
    expect(await ask(saveRequest(pass), otherTab)).toMatchObject({ ok: false });
    expect(await db.reports.count()).toBe(0);
    expect(await ask(saveRequest(pass), PANEL)).toMatchObject({ ok: true });
    expect(await db.reports.count()).toBe(1);
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
    expect(await ask(saveRequest(), PAGE)).toMatchObject({ ok: true });
    expect(await ask({ type: 'clear-reports' }, OTHER_EXTENSION)).toBeUndefined();
    expect(await db.reports.count()).toBe(1);
    expect(await ask({ type: 'clear-reports' }, PAGE)).toEqual({ ok: true });
    expect(await db.reports.count()).toBe(0);
    for (const message of [{ type: 'toString' }, { type: 'nope' }, null, 'clear-reports']) {
      expect(await ask(message, PAGE)).toBeUndefined();
    }
  });
});
