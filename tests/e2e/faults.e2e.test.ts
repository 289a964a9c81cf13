/**
 * The fault suite: whatever goes wrong, the page ends up with a file, and nothing is kept that
 * should not be. Faults of the extension (a hung or crashed checker, a reload) and of hostile
 * pages (a removed panel, forged picks, a swapped frame, a foreign site framing the panel).
 * The checker's faults are rehearsed by file name in the e2e build (utils/worker/rehearsed-fault.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  panelFrame,
  panelOf,
  ROOT,
  selfSignedCertificate,
  setLocalStorage,
  shot,
  startServer,
  storedReports,
  type ExtensionBrowser,
  type StaticServer,
} from './browser';
import { onPlainImportScreen, PLAIN_INPUT, received, receivedAtLeast, RECORD } from './stand-ins';
import { pickFile } from './user-input';

const SAMPLE = path.join(ROOT, 'assets/samples/keap-export.csv');
const ORIGINAL = readFileSync(SAMPLE, 'utf8');
const UK = {
  name: 'uk.csv',
  buffer: Buffer.from('First Name,Email,Phone\r\nAmelia,amelia@example.co.uk,07911 123456\r\n'),
};

/**
 * A page that tries to take the panel: it looks into the panel's shadow root and sends the
 * panel's frame to a page of its own, which records any message (a HELLO, a port) it is sent.
 */
const SWAPS_THE_FRAME = `<!doctype html><title>Import contacts</title>
  <input type="file" id="upload" accept=".csv">
  <script>${RECORD}
    window.stolen = [];
    window.attempts = [];
    document.getElementById('upload').addEventListener('change', (e) => record(e.target.files[0], 'change'));
    new MutationObserver(() => {
      const host = document.querySelector('[data-preflight-host]');
      if (!host || window.attempts.length) return;
      window.attempts.push({ shadowRoot: host.shadowRoot !== null, frames: window.frames.length });
      for (let i = 0; i < window.frames.length; i++) {
        try { window.frames[i].location.href = '/spy'; } catch (error) { window.attempts.push(String(error)); }
      }
    }).observe(document.documentElement, { childList: true });
  </script>`;
const SPY = `<!doctype html><script>
  addEventListener('message', (event) => parent.stolen.push({ data: event.data, ports: event.ports.length }));
</script>`;

/**
 * A page that frames panel.html itself and drives it as our content script would, with a guessed
 * pass. `ready` records whether the panel ever answered. The extension's id is in the hash.
 */
const FRAMES_THE_PANEL = `<!doctype html><title>Frames the panel</title>
  <script>
    window.ready = false;
    const frame = document.createElement('iframe');
    frame.src = 'chrome-extension://' + location.hash.slice(1) + '/panel.html';
    frame.style.cssText = 'width:480px;height:600px';
    frame.onload = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }) => {
        if (data.type !== 'ready') return;
        window.ready = true;
        const file = new File(['First Name,Phone\\r\\nAmelia,07911 123456\\r\\n'], 'planted.csv', { type: 'text/csv' });
        channel.port1.postMessage({ type: 'check', file, held: false, pick: 1 });
      };
      frame.contentWindow.postMessage({ type: 'preflight:hello', pass: 'a-guess' }, '*', [channel.port2]);
    };
    document.documentElement.append(frame);
  </script>`;

describe('faults: the page always ends up with a file', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let foreign: StaticServer;
  let extensionPage: Page;
  beforeAll(async () => {
    browser = await launchExtension({ ignoreHTTPSErrors: true });
    server = await startServer({
      '/plain-input': PLAIN_INPUT,
      '/swaps-the-frame': SWAPS_THE_FRAME,
      '/spy': SPY,
      '/frames-the-panel': FRAMES_THE_PANEL,
    });
    // An https site the user never enabled: panel.html is web-accessible there, as on any site.
    foreign = await startServer(
      { '/frames-the-panel': FRAMES_THE_PANEL },
      '127.0.0.1',
      selfSignedCertificate(),
    );
    extensionPage = await browser.openExtensionPage('reports.html');
  });
  afterAll(async () => {
    await foreign?.close();
    await server?.close();
    await browser?.close();
  });

  const keptNames = async () =>
    (await storedReports(extensionPage)).map((report) => report.fileName);

  async function openImportScreen(pathname = '/plain-input'): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url(pathname));
    return page;
  }

  it('a panel the page removes gives the page the original; the next pick opens a new panel', async () => {
    const page = await openImportScreen();
    await pickFile(page, '#upload', SAMPLE);
    await panelOf(page);
    expect(await received(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('[data-preflight-host]')?.remove());
    await receivedAtLeast(page, 1);
    expect(await received(page)).toEqual([
      { name: 'keap-export.csv', text: ORIGINAL, how: 'change' },
    ]);
    await pickFile(page, '#upload', UK);
    const panel = await panelOf(page);
    await panel.click('[data-action="use-cleaned"]');
    await receivedAtLeast(page, 2);
    expect((await received(page)).map((file) => file.name)).toEqual([
      'keap-export.csv',
      'uk-cleaned.csv',
    ]);
    await page.close();
  });

  it('a hung checker: "Use original file" works while it checks; the watchdog ends the check', async () => {
    const page = await openImportScreen();
    await pickFile(page, '#upload', { name: 'preflight-fault-hang.csv', buffer: UK.buffer });
    const panel = await panelFrame(page);
    await panel.waitForSelector('[data-preflight-panel][data-state="checking"]');
    expect(await panel.isDisabled('[data-action="use-cleaned"]')).toBe(true);
    await shot(page, 'fault-checking');
    await panel.click('[data-action="use-original"]');
    await receivedAtLeast(page, 1);
    expect((await received(page))[0]).toMatchObject({ name: 'preflight-fault-hang.csv' });
    // The worker says nothing: after its 15 seconds of silence, the check ends with a message.
    await panel.waitForSelector('[data-preflight-panel][data-state="error"]', { timeout: 25_000 });
    expect(await panel.textContent('[role="alert"]')).toContain('stopped answering');
    expect(await panel.isEnabled('[data-action="recheck"]')).toBe(true);
    expect(await panel.isEnabled('[data-action="use-original"]')).toBe(true);
    await shot(page, 'fault-hung-checker');
    // The user's choice stands: the failure hands the page nothing more.
    expect(await received(page)).toHaveLength(1);
    await page.close();
  });

  it('a crashed checker ends the check at once, and the page gets the original', async () => {
    const page = await openImportScreen();
    await pickFile(page, '#upload', { name: 'preflight-fault-crash.csv', buffer: UK.buffer });
    const panel = await panelFrame(page);
    await panel.waitForSelector('[data-preflight-panel][data-state="error"]');
    expect(await panel.textContent('[role="alert"]')).toContain('the checker stopped');
    await receivedAtLeast(page, 1);
    expect(await received(page)).toEqual([
      { name: 'preflight-fault-crash.csv', text: UK.buffer.toString(), how: 'change' },
    ]);
    expect(await panel.textContent('[data-handed="original"]')).toContain('untouched');
    await page.close();
  });

  it('sends nothing anywhere: a whole check, its report kept, asks no other site for anything', async () => {
    const requested: string[] = [];
    const onRequest = (request: { url(): string }) => requested.push(request.url());
    browser.context.on('request', onRequest);
    try {
      const page = await openImportScreen();
      await pickFile(page, '#upload', SAMPLE);
      const panel = await panelOf(page);
      await panel.waitForSelector('[data-kept]:not([data-kept="failed"])');
      await panel.click('[data-action="use-cleaned"]');
      await receivedAtLeast(page, 1);
      await page.close();
    } finally {
      browser.context.off('request', onRequest);
    }
    const elsewhere = requested.filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://'),
    );
    expect(elsewhere).toEqual([]);
    expect(requested.length).toBeGreaterThan(1);
  });

  it('two quick picks: the page gets only what the user chose for the second', async () => {
    const page = await openImportScreen();
    await pickFile(page, '#upload', SAMPLE);
    await pickFile(page, '#upload', UK);
    const panel = await panelOf(page);
    expect(await panel.textContent('.facts')).toContain('uk.csv');
    expect(await received(page)).toEqual([]);
    await panel.click('[data-action="use-cleaned"]');
    await receivedAtLeast(page, 1);
    await page.waitForTimeout(500);
    expect((await received(page)).map((file) => file.name)).toEqual(['uk-cleaned.csv']);
    expect(await page.locator('[data-preflight-host]').count()).toBe(1);
    await page.close();
  });

  it("forged picks and drops from a page script are the page's own: no panel, nothing kept", async () => {
    const page = await openImportScreen();
    await page.evaluate(() => {
      const input = document.getElementById('upload') as HTMLInputElement;
      for (let i = 0; i < 20; i++) {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['Email\r\nx@example.com\r\n'], `forged-${i}.csv`));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        document.body.dispatchEvent(
          new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    });
    await receivedAtLeast(page, 20);
    await page.waitForTimeout(1_000);
    expect(await page.locator('[data-preflight-host]').count()).toBe(0);
    expect(await keptNames()).not.toContainEqual(expect.stringMatching(/^forged-/));
    await page.close();
  });

  it('the page can neither reach the panel nor swap its frame; the panel holds the file', async () => {
    const page = await openImportScreen('/swaps-the-frame');
    await pickFile(page, '#upload', SAMPLE);
    const panel = await panelOf(page);
    const { attempts, stolen } = await page.evaluate(() => {
      const { attempts, stolen } = window as unknown as { attempts: unknown[]; stolen: unknown[] };
      return { attempts, stolen };
    });
    // The closed root hides the frame from the page's DOM and from window.frames alike.
    expect(attempts).toEqual([{ shadowRoot: false, frames: 0 }]);
    expect(stolen).toEqual([]);
    expect(await received(page)).toEqual([]);
    await panel.click('[data-action="use-original"]');
    await receivedAtLeast(page, 1);
    expect(await received(page)).toEqual([
      { name: 'keap-export.csv', text: ORIGINAL, how: 'change' },
    ]);
    await page.close();
  });

  it('panel.html framed by a site the user never enabled does not run', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${foreign.url('/frames-the-panel')}#${browser.extensionId}`);
    const panel = await panelFrame(page);
    await panel.waitForFunction(() => document.body.textContent?.includes('runs only beside'));
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { ready: boolean }).ready)).toBe(false);
    expect(await panel.locator('[data-preflight-panel]').count()).toBe(0);
    expect(await keptNames()).not.toContain('planted.csv');
    await page.close();
  });

  it("a panel the page frames itself applies none of the user's settings and keeps nothing", async () => {
    await setLocalStorage(extensionPage, { settings: { country: 'GB' } });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url('/frames-the-panel')}#${browser.extensionId}`);
      const panel = await panelOf(page);
      expect(await panel.inputValue('input[name="country"]')).toBe('US');
      expect(await panel.locator('[data-code="1013"]').count()).toBe(1);
      expect(await panel.locator('input[name="hold"]').count()).toBe(0);
      await panel.waitForSelector('[data-kept="failed"]');
      expect(await keptNames()).not.toContain('planted.csv');
      await page.close();
    } finally {
      await setLocalStorage(extensionPage, { settings: {} });
    }
  });
});

describe('faults: the extension reloaded with an import tab open', () => {
  const stage = onPlainImportScreen();

  it('gives the page the held file, and every later pick, untouched', async () => {
    const page = await stage.browser.context.newPage();
    await page.goto(stage.server.url('/plain-input'));
    await pickFile(page, '#upload', SAMPLE);
    await panelOf(page);
    const extension = await stage.browser.openExtensionPage('popup.html');
    await extension
      .evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
        chrome.runtime.reload();
      })
      .catch(() => undefined); // the page goes with the extension it belongs to
    await receivedAtLeast(page, 1);
    // The orphaned content script steps aside: the next pick is the page's at once.
    await pickFile(page, '#upload', UK);
    await receivedAtLeast(page, 2);
    expect((await received(page)).map((file) => file.name)).toEqual(['keap-export.csv', 'uk.csv']);
    expect((await received(page))[0]?.text).toBe(ORIGINAL);
    await page.close();
  });
});
