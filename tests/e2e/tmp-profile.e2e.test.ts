import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { generateContacts } from '../../scripts/bench/generate';
import { panelFrame } from './browser';
import { onPlainImportScreen } from './stand-ins';
import { pickFile } from './user-input';

describe('profile', () => {
  const stage = onPlainImportScreen();
  it('panel at arrival', async () => {
    const rows = Number(process.env.ROWS ?? 225_000);
    const file = path.join(tmpdir(), `contacts-${rows}.csv`);
    writeFileSync(file, generateContacts(rows).bytes);
    const page = await stage.browser.context.newPage();
    await page.goto(stage.server.url('/plain-input'));
    await pickFile(page, '#upload', file);
    const panel = await panelFrame(page);
    await panel.waitForSelector('[data-preflight-panel]');
    const browser = page.context().browser()!;
    await browser.startTracing(undefined, {
      path: '/tmp/prof/trace.json',
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8', 'blink'],
    });
    await panel.waitForSelector('[data-preflight-panel][data-state="done"]', { timeout: 120_000 });
    await panel.waitForSelector('[data-kept]', { timeout: 60_000 });
    await browser.stopTracing();
    await page.close();
  }, 300_000);
});
