#!/usr/bin/env node
/**
 * `npm start`: the newcomer's first look at the extension. It builds the extension, serves a demo
 * import page on 127.0.0.1, and opens Chromium with the extension loaded on that page, or, with
 * no display, says how to load the extension by hand.
 *
 *   npm start                  build, serve, open Chromium (when there is a display)
 *   npm start -- --no-browser  build and serve only; prints how to load the extension by hand
 *   npm start -- --check-only  build, serve, fetch the page and the samples once, print "ok"
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, extensionArgs, IGNORED_DEFAULT_ARG } from './chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_DIR = path.join(ROOT, 'assets/demo');
const SAMPLES_DIR = path.join(ROOT, 'assets/samples');
/**
 * The e2e mode build (`npm run build:e2e`, `wxt build --mode e2e`). Its content script also
 * matches http://127.0.0.1/* and http://localhost/* (see wxt.config.ts), which is what lets the
 * extension work on the local demo page; the store build matches HighLevel's app only.
 */
const E2E_BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
/** The build for HighLevel itself (`npm run build`). */
const STORE_BUILD = path.join(ROOT, '.output/chrome-mv3');
const PREFERRED_PORT = 4178;
/** Debian's unbranded Chromium: it loads unpacked extensions from the command line, Chrome does not. */

const USAGE = `Usage: npm start [-- --no-browser | --check-only]

Builds the extension, serves a demo import page on 127.0.0.1 and opens Chromium with the
extension loaded on it.

Options:
  --no-browser   do not open a browser: print how to load the extension by hand, keep serving
  --check-only   build, serve, fetch the demo page and the samples once, print "ok" and exit
  -h, --help     this help`;

/** Content types of the files the demo server answers with. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
};
/** `/` is the demo page; `/NAME` a file of assets/demo/; `/samples/NAME.csv` a sample. */
const DEMO_PATH = /^\/(?:(samples)\/)?([\w-]+(?:\.[\w-]+)+)?$/;

/** Serves assets/demo/ under a strict CSP (like HighLevel's app), and assets/samples/*.csv. */
const serveDemo: RequestListener = (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const match = DEMO_PATH.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const [, samples, name = 'index.html'] = match ?? [];
  const file = path.join(samples ? SAMPLES_DIR : DEMO_DIR, name);
  const type = TYPES[path.extname(name)];
  if (!match || !type || (samples && !name.endsWith('.csv')) || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res
    .writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self'",
      ...(samples && { 'content-disposition': `attachment; filename="${name}"` }),
    })
    .end(req.method === 'HEAD' ? undefined : readFileSync(file));
};

/** Listens on 127.0.0.1:4178, or on a random port when that one is taken. */
async function listen(server: Server): Promise<string> {
  const tryPort = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await tryPort(PREFERRED_PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    await tryPort(0);
  }
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Builds the e2e mode extension; `quiet` keeps the build's output unless it fails. */
function build(quiet: boolean): void {
  console.log('Building the extension (npm run build:e2e)...');
  const run = spawnSync('npm', ['run', '-s', 'build:e2e'], {
    cwd: ROOT,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0 || !existsSync(path.join(E2E_BUILD, 'manifest.json'))) {
    if (quiet) process.stderr.write(`${run.stdout}${run.stderr}`);
    console.error(`npm start: the build failed (npm run build:e2e exited ${run.status ?? '?'}).`);
    process.exit(1);
  }
  console.log(`Built: ${path.relative(ROOT, E2E_BUILD)}`);
}

/** Fetches the page, its files and every sample it links, and checks each against the disk. */
async function check(url: string): Promise<void> {
  const get = async (pathname: string) => {
    const response = await fetch(new URL(pathname, url));
    if (!response.ok) throw new Error(`GET ${pathname}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const page = (await get('/')).toString('utf8');
  if (!page.includes('Import contacts')) throw new Error('GET /: not the demo import page');
  await get('/demo.js');
  await get('/demo.css');
  await get('/favicon.svg');
  const samples = [...page.matchAll(/href="(\/samples\/[^"]+\.csv)"/g)].flatMap((m) => m[1] ?? []);
  if (samples.length === 0) throw new Error('GET /: the page links no sample');
  for (const sample of samples) {
    const served = await get(sample);
    if (!served.equals(readFileSync(path.join(SAMPLES_DIR, path.basename(sample))))) {
      throw new Error(`GET ${sample}: not the file in assets/samples/`);
    }
  }
}

function printManualSteps(url: string, why: string): void {
  const storeBuilt = existsSync(path.join(STORE_BUILD, 'manifest.json'));
  console.log(`
${why}

The extension is built. To load it in your own Chrome or Edge:
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Turn on Developer mode.
  3. Click "Load unpacked" and pick one folder:
       ${E2E_BUILD}
         for this local demo page (this build also runs on http://127.0.0.1 and http://localhost)
       ${STORE_BUILD}
         for HighLevel itself${storeBuilt ? '' : ' (run `npm run build` first to make it)'}
  4. Open the demo page: ${url}
     and pick a CSV (download a sample from the page first).

Serving the demo page at ${url}
Press Ctrl+C to stop.`);
}

/** Chromium, headed, with the e2e build loaded, on the demo page. Resolves when it is closed. */
async function openBrowser(url: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'preflight-start-profile-'));
  const runningAsRoot = process.getuid?.() === 0;
  const launching = chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: null,
    // Chromium refuses to start as root with its sandbox on; everyone else keeps it.
    chromiumSandbox: !runningAsRoot,
    ignoreDefaultArgs: [
      IGNORED_DEFAULT_ARG,
      // Hides the "controlled by automated test software" bar: nothing here is automated.
      '--enable-automation',
    ],
    args: [...extensionArgs(E2E_BUILD), '--window-size=1320,900'],
  });
  const context = await launching.catch((error: unknown) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const stop = () => void context.close().catch(() => undefined);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    console.log(`
Chromium is open on the demo page, with Preflight loaded: ${url}
Click "Upload CSV" and pick a file (the page links samples to download first), or drop one.
Close the browser window (or press Ctrl+C) to stop.`);
    await closed;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    rmSync(profile, { recursive: true, force: true });
  }
}

function chromiumFound(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  let flags: { 'no-browser'?: boolean; 'check-only'?: boolean; help?: boolean };
  try {
    flags = parseArgs({
      options: {
        'no-browser': { type: 'boolean' },
        'check-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`npm start: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (flags.help) {
    console.log(USAGE);
    return;
  }

  build(!!flags['check-only']);
  const server = createServer(serveDemo);
  const url = await listen(server);
  const stopServer = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  if (flags['check-only']) {
    try {
      await check(url);
    } catch (error) {
      console.error(`npm start --check-only: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      await stopServer();
    }
    if (!process.exitCode) console.log('ok');
    return;
  }

  const hasDisplay =
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    !!process.env.DISPLAY ||
    !!process.env.WAYLAND_DISPLAY;
  let why = '';
  if (flags['no-browser']) why = 'No browser opened (--no-browser).';
  else if (!hasDisplay) {
    why =
      'No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser was opened.';
  } else if (!chromiumFound()) {
    why =
      `Chromium not found at ${CHROMIUM_PATH}, so no browser was opened. Install Debian's ` +
      '`chromium` package, or set PREFLIGHT_CHROMIUM to an unbranded Chromium binary ' +
      '(branded Chrome ignores --load-extension).';
  }

  if (!why) {
    try {
      await openBrowser(url);
      await stopServer();
      return;
    } catch (error) {
      why = `Chromium could not be opened: ${(error as Error).message.split('\n')[0]}`;
    }
  }

  printManualSteps(url, why);
  const stop = () => {
    void stopServer().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
