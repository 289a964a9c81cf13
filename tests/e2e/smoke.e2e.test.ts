import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  EXTENSION_DIR,
  launchExtension,
  shot,
  startServer,
  type ExtensionBrowser,
} from './browser';

// The harness itself: Chromium starts with the built extension, its pages open, and the
// stand-in page server answers.
describe('harness', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the extension and opens its popup page', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.openExtensionPage('popup.html');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('Preflight');
    await shot(page, 'popup');
    await page.close();
  });

  it('keeps the content script, which runs on every HighLevel page, under 15 KB', () => {
    const size = statSync(path.join(EXTENSION_DIR, 'content-scripts/content.js')).size;
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(15 * 1024);
  });

  it('serves stand-in pages on 127.0.0.1', async () => {
    const server = await startServer({ '/': '<!doctype html><title>Stand-in</title><h1>Hi</h1>' });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('/'));
      expect(await page.title()).toBe('Stand-in');
      expect(server.requests.map((r) => r.url)).toContain('/');
      await page.close();
    } finally {
      await server.close();
    }
  });
});
