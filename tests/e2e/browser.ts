/**
 * End-to-end harness: Debian's Chromium with the e2e build of the extension loaded, a static
 * server on 127.0.0.1 for stand-in pages, and screenshots. See "End-to-end tests in a real
 * browser" in the architecture notes for why each launch option is what it is.
 */
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import {
  createServer,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
  type RequestListener,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import {
  CHROMIUM_PATH,
  extensionArgs,
  IGNORED_DEFAULT_ARG,
  STORAGE_PARTITIONING,
} from '../../scripts/chromium';

export { CHROMIUM_PATH };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where `npm run build:e2e` (`wxt build --mode e2e`) writes the extension. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');

export const SCREENSHOT_DIR = path.join(ROOT, 'tests/e2e/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/<page>` */
  extensionUrl(page: string): string;
  /** Opens a new tab on an extension page and waits for it to load. */
  openExtensionPage(page: string): Promise<Page>;
  close(): Promise<void>;
}

/** Fails with instructions when Chromium or the e2e build is missing. */
function assertPrerequisites(): void {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The end-to-end tests need Debian's Chromium: ` +
        'run `apt-get install -y chromium` (as root), or set PREFLIGHT_CHROMIUM to another ' +
        'unbranded Chromium binary.',
    );
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${EXTENSION_DIR}. Run \`npm run build:e2e\` first ` +
        '(`npm run test:e2e` does both).',
    );
  }
}

/**
 * The id Chromium gives an unpacked extension that has no `key`: the SHA-256 of its absolute
 * path, first 32 hex digits, each mapped 0-f to a-p. Used only when no service worker shows up.
 */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export async function launchExtension(
  /** `ignoreHTTPSErrors`: for stand-in https sites served with a self-signed certificate. */
  options: { extensionDir?: string; ignoreHTTPSErrors?: boolean } = {},
): Promise<ExtensionBrowser> {
  assertPrerequisites();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(path.join(tmpdir(), 'preflight-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: [IGNORED_DEFAULT_ARG],
    args: [...extensionArgs(extensionDir), '--no-sandbox'],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await assertStoragePartitioningOn(context);
    const extensionId = await findExtensionId(context, extensionDir);
    const extensionUrl = (page: string) => `chrome-extension://${extensionId}/${page}`;
    return {
      context,
      extensionId,
      extensionUrl,
      async openExtensionPage(page) {
        const tab = await context.newPage();
        await tab.goto(extensionUrl(page));
        return tab;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function findExtensionId(context: BrowserContext, extensionDir: string): Promise<string> {
  const fromUrl = (url: string) => /^chrome-extension:\/\/([a-p]{32})\//.exec(url)?.[1];
  for (const worker of context.serviceWorkers()) {
    const id = fromUrl(worker.url());
    if (id) return id;
  }
  try {
    const worker = await context.waitForEvent('serviceworker', {
      predicate: (w) => fromUrl(w.url()) !== undefined,
      timeout: 5_000,
    });
    return fromUrl(worker.url())!;
  } catch {
    // No background entrypoint: fall back to the id Chromium derives from the path.
    return unpackedExtensionId(extensionDir);
  }
}

/** Reads the browser's real command line and fails if storage partitioning is still disabled. */
async function assertStoragePartitioningOn(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  let commandLine: string;
  try {
    await page.goto('chrome://version');
    commandLine = (await page.locator('#command_line').textContent()) ?? '';
  } finally {
    await page.close();
  }
  const featureArgs = commandLine
    .split(/\s+/)
    .filter((arg) => arg.startsWith('--disable-features='));
  const disabled = featureArgs.flatMap((arg) => arg.slice('--disable-features='.length).split(','));
  if (disabled.includes(STORAGE_PARTITIONING)) {
    throw new Error(
      "Chromium still runs with ThirdPartyStoragePartitioning disabled: playwright-core's " +
        'default --disable-features list changed. Update PLAYWRIGHT_DISABLED_FEATURES in ' +
        `scripts/chromium.ts to match: ${featureArgs.join(' ')}`,
    );
  }
}

export interface StaticRoute {
  body: string | Uint8Array;
  type?: string;
  headers?: OutgoingHttpHeaders;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(pathname: string): string;
  /** Requests received, in order, for assertions on what a page fetched. */
  requests: { method: string; url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 (random port) for stand-in pages. A string route is served as
 * HTML; unknown paths get 404.
 */
export async function startServer(
  routes: Record<string, string | StaticRoute>,
  host = '127.0.0.1',
  /** Serves https with this key and certificate (see selfSignedCertificate). */
  tls?: { key: string; cert: string },
): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  const serve: RequestListener = (req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    const pathname = new URL(req.url ?? '/', `http://${host}`).pathname;
    const found = routes[pathname];
    if (found === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const route = typeof found === 'string' ? { body: found } : found;
    res
      .writeHead(200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      })
      .end(route.body);
  };
  const server = tls ? createHttpsServer(tls, serve) : createServer(serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `${tls ? 'https' : 'http'}://${host}:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).toString(),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A throwaway self-signed certificate for 127.0.0.1, made with openssl, for an https stand-in. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const subject = ['-subj', '/CN=127.0.0.1', '-days', '1', '-nodes'];
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', ...subject, '-keyout', key, '-out', cert],
    {
      stdio: 'ignore',
    },
  );
  const pems = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  return pems;
}

/**
 * The Preflight panel's frame on a web page. Its iframe sits in a closed shadow root, out of
 * reach of page scripts and of Playwright's selectors alike, so it is found by its address.
 */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/panel.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('No Preflight panel on the page');
    await page.waitForTimeout(50);
  }
}

/** The panel's frame once its check is done. */
export async function panelOf(page: Page): Promise<Frame> {
  const frame = await panelFrame(page);
  await frame.waitForSelector('[data-preflight-panel][data-state="done"]', { timeout: 20_000 });
  return frame;
}

/**
 * The box of an element inside Preflight's closed shadow root, found by an attribute through the
 * DevTools protocol (which, unlike page scripts, sees into closed roots); null when not shown.
 */
export async function shadowBox(
  page: Page,
  attribute: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { nodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const find = (node: Node): Node | undefined =>
      node.attributes?.includes(attribute)
        ? node
        : [...(node.children ?? []), ...(node.shadowRoots ?? [])]
            .map(find)
            .find((found) => found !== undefined);
    const node = find(root as Node);
    if (!node) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId }).catch(() => ({
      model: null,
    }));
    if (!model || model.width === 0) return null;
    const [x = 0, y = 0] = model.border;
    return { x, y, width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

/** Saves a full-page PNG under tests/e2e/screenshots/ (gitignored) and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Copies a screenshot to assets/screenshots/ for the README. The committed copy changes only when
 * asked (or when it is missing), so test runs leave no modified PNG behind:
 * PREFLIGHT_README_SHOT=1 npm run -s test:e2e
 */
export function readmeShot(file: string, name: string): void {
  const target = path.join(ROOT, 'assets/screenshots', `${name}.png`);
  if (process.env.PREFLIGHT_README_SHOT === '1' || !existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

/** One contact with a British mobile number: 1013 when the country is US, valid under GB. */
export const UK_CONTACT = {
  name: 'uk.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('First Name,Email,Phone\r\nAmelia,amelia@example.co.uk,07911 123456\r\n'),
};

/** Every report entry as the database holds it, read from an extension page (same origin). */
export async function storedReports(page: Page) {
  return page.evaluate(
    () =>
      new Promise<
        { id: number; fileName: string; site: string | null; settings: { country: string } }[]
      >((resolve, reject) => {
        const open = indexedDB.open('preflight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Writes the extension's local storage from one of its pages, as the options page does. */
export function setLocalStorage(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set(values);
  }, items);
}
