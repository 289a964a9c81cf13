/**
 * What stand-ins for HighLevel's import screen share: a record of every file the page's own
 * handler received, as the import screen's uploader would.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, startServer, type ExtensionBrowser, type StaticServer } from './browser';

/** Page script: `record(file, how)` keeps the file's name and text in `window.received`. */
export const RECORD = `
  window.received = [];
  async function record(file, how) {
    window.received.push({ name: file.name, text: await file.text(), how });
  }`;

/** A plain import screen: one file input whose `change` the page records. */
export const PLAIN_INPUT = `<!doctype html><title>Import contacts</title>
  <h1>Import contacts</h1><input type="file" id="upload" accept=".csv">
  <script>${RECORD}
    document.getElementById('upload').addEventListener('change', (e) => record(e.target.files[0], 'change'));
  </script>`;

export interface Received {
  name: string;
  text: string;
  how: string;
}

/** The files the page received so far. */
export const received = (page: Page): Promise<Received[]> =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);

/** Waits until the page has received `count` files. */
export async function receivedAtLeast(page: Page, count: number, timeout = 10_000) {
  await page.waitForFunction(
    (n) => (window as unknown as { received: unknown[] }).received.length >= n,
    count,
    { timeout },
  );
}

/**
 * For one describe block: the extension in Chromium and the plain import screen served at
 * /plain-input, started before its tests and closed after them.
 */
export function onPlainImportScreen(): { browser: ExtensionBrowser; server: StaticServer } {
  const stage = {} as { browser: ExtensionBrowser; server: StaticServer };
  beforeAll(async () => {
    stage.browser = await launchExtension();
    stage.server = await startServer({ '/plain-input': PLAIN_INPUT });
  });
  afterAll(async () => {
    await stage.server?.close();
    await stage.browser?.close();
  });
  return stage;
}
