import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Local stand-in pages for the end-to-end tests: only in `--mode e2e` builds (npm run build:e2e). */
const TEST_PAGES = ['http://127.0.0.1/*', 'http://localhost/*'];
/**
 * A stand-in white-label domain for the e2e tests, granted up front: the browser's permission
 * prompt cannot be answered by a test, so this plays the user who said yes.
 */
const TEST_WHITE_LABEL = 'http://127.0.0.2/*';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: they declare ~100 globals for every file, lib/ included, so an engine file
  // using `browser` or `storage` unimported would compile and then crash in the CLI.
  imports: false,
  manifest: {
    name: 'Preflight for HighLevel imports',
    description:
      "Checks a contact CSV on HighLevel's import screen before it is imported, and hands back a fixed file.",
    // activeTab: the popup reads the current tab's address only when the user opens it.
    permissions: ['storage', 'scripting', 'activeTab'],
    // White-label domains are asked for one at a time, at run time, from the popup.
    optional_host_permissions: ['https://*/*'],
    // The panel must load on whichever domain the user enables, so on any https page. (With
    // use_dynamic_url, Chromium 156 refused the iframe that runtime.getURL names: tested.)
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['https://*/*'] }],
    // The toolbar button, from the same PNGs as the store icons (public/icon/, npm run icons).
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // Firefox needs an id for storage and signing, and asks what data leaves: none does.
    // Chromium ignores this key.
    browser_specific_settings: {
      gecko: {
        id: 'preflight@preflight-imports.local',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  // The sources package for Firefox's review: what git tracks, not the test screenshots.
  zip: { excludeSources: ['tests/e2e/screenshots/**', 'assets/screenshots/**'] },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) script.matches?.push(...TEST_PAGES);
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource !== 'string') resource.matches?.push(...TEST_PAGES, TEST_WHITE_LABEL);
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_WHITE_LABEL];
    },
  },
});
