/**
 * How Preflight starts Debian's Chromium with the extension loaded: one place for `npm start`
 * (scripts/start.ts) and the end-to-end tests (tests/e2e/browser.ts). See "End-to-end tests in a
 * real browser" in the architecture notes for why each option is what it is.
 */

/** Debian's unbranded Chromium: it loads unpacked extensions, branded Chrome does not. */
export const CHROMIUM_PATH = process.env.PREFLIGHT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * playwright-core's default `--disable-features=…` (1.65) turns off ThirdPartyStoragePartitioning,
 * which makes IndexedDB fail inside our extension iframe on a web page. Playwright only drops a
 * default argument that matches exactly, so the list is spelled out here and passed back without
 * that one feature; tests/e2e/browser.ts checks Chromium's real command line after each launch and
 * says so if a playwright-core upgrade changed the list.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
export const STORAGE_PARTITIONING = 'ThirdPartyStoragePartitioning';

/** The Playwright default argument to drop, so that storage partitioning stays on. */
export const IGNORED_DEFAULT_ARG = `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`;

/** Arguments that load the extension and keep Chromium off a closed network. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.filter((f) => f !== STORAGE_PARTITIONING).join(',')}`,
  ];
}
