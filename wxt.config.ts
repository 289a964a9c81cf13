import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** HighLevel's app: the only host the extension asks for up front. */
const HIGHLEVEL = 'https://app.gohighlevel.com/*';
/** Local stand-in pages for the end-to-end tests: only in `--mode e2e` builds (npm run build:e2e). */
const TEST_PAGES = ['http://127.0.0.1/*', 'http://localhost/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Preflight for HighLevel imports',
    description:
      "Checks a contact CSV on HighLevel's import screen before it is imported, and hands back a fixed file.",
    permissions: ['storage'],
    web_accessible_resources: [{ resources: ['panel.html'], matches: [HIGHLEVEL] }],
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) script.matches?.push(...TEST_PAGES);
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource !== 'string') resource.matches?.push(...TEST_PAGES);
      }
    },
  },
});
