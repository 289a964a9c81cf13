/**
 * What stand-ins for HighLevel's import screen share: a record of every file the page's own
 * handler received, as the import screen's uploader would.
 */
import type { Page } from 'playwright-core';

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
