/**
 * A user's pick and drop, as trusted events. Preflight holds only trusted events (a page script's
 * own `dispatchEvent` must not drive it), and Playwright's `setInputFiles` dispatches untrusted
 * ones, so tests go through the DevTools protocol the way the architecture notes describe:
 * `DOM.setFileInputFiles` for a pick, `Input.dispatchDragEvent` for a drop.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** A file on disk, or one made for the test (written to a temporary folder under its name). */
export type UserFile = string | { name: string; buffer: Buffer };

function onDisk(file: UserFile): string {
  if (typeof file === 'string') return path.resolve(file);
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'preflight-pick-')), file.name);
  writeFileSync(target, file.buffer);
  return target;
}

/** Picks `file` in the file input at `selector`, as the browser's file chooser would. */
export async function pickFile(page: Page, selector: string, file: UserFile): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`No file input at ${selector}`);
    await cdp.send('DOM.setFileInputFiles', { nodeId, files: [onDisk(file)] });
  } finally {
    await cdp.detach();
  }
}

/** Drags `file` from the desktop onto the middle of the element at `selector` and drops it. */
export async function dropFile(page: Page, selector: string, file: UserFile): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`Nothing to drop on at ${selector}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const data = { items: [], files: [onDisk(file)], dragOperationsMask: 1 };
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    }
  } finally {
    await cdp.detach();
  }
}
