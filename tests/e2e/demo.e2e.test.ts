import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  panelOf,
  readmeShot,
  ROOT,
  shot,
  startServer,
  type ExtensionBrowser,
  type StaticServer,
} from './browser';
import { pickFile } from './user-input';

const DEMO = path.join(ROOT, 'assets/demo');
const SAMPLES = path.join(ROOT, 'assets/samples');

// The demo import page that `npm start` serves, under the same strict CSP.
describe('the npm start demo page', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchExtension();
    const csp = { 'content-security-policy': "default-src 'self'" };
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.svg': 'image/svg+xml',
      '.csv': 'text/csv',
    };
    /** Every file of `dir` with a known type, at `prefix` + its name. */
    const routes = (dir: string, prefix: string) =>
      Object.fromEntries(
        readdirSync(dir).flatMap((name) => {
          const type = types[path.extname(name)];
          if (!type) return [];
          return [
            [`${prefix}${name}`, { type, body: readFileSync(path.join(dir, name)), headers: csp }],
          ];
        }),
      );
    const demo = routes(DEMO, '/');
    server = await startServer({
      ...demo,
      '/': demo['/index.html']!,
      ...routes(SAMPLES, '/samples/'),
    });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('hands the page the cleaned Keap sample, and lists it as received', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
    });
    await page.goto(server.url('/'));
    await pickFile(page, '#upload', path.join(SAMPLES, 'keap-export.csv'));

    const frame = await panelOf(page);
    // Held: the page's own uploader has seen nothing yet.
    expect(await page.locator('#received li').count()).toBe(0);

    // The verdict counts rows after the fixes: 4 of the 17 ready are ready because of them.
    const verdict = frame.locator('[data-verdict]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-ready')).toBe('17');
    expect(await verdict.getAttribute('data-fixed')).toBe('4');
    expect(await verdict.getAttribute('data-need-you')).toBe('7');

    await frame.click('[data-action="use-cleaned"]');
    const received = page.locator('#received li[data-file-name]');
    await received.first().waitFor();
    expect(await received.count()).toBe(1);
    expect(await received.getAttribute('data-file-name')).toBe('keap-export-cleaned.csv');
    expect(await received.locator('.name').textContent()).toBe('keap-export-cleaned.csv');
    expect(await received.locator('.first-line').textContent()).toMatch(
      /^Id,First Name,Last Name,Email,Phone 1,/,
    );
    expect(await page.locator('#received-empty').isHidden()).toBe(true);

    // Every sample link works.
    for (const href of await page.$$eval('a[download]', (links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    )) {
      expect((await page.request.get(server.url(href))).status(), href).toBe(200);
    }
    expect(errors).toEqual([]);

    // The panel as the user sees it after the hand-over: its banner says where the file went.
    await frame.waitForSelector('[data-handed="cleaned"]');
    const file = await shot(page, 'demo');
    readmeShot(file, 'panel');
    // The README's screenshot is committed: kept small.
    expect(statSync(file).size).toBeLessThan(300_000);
    await page.close();
  });
});
