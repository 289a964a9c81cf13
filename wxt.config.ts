import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Preflight for HighLevel imports',
    description:
      "Checks a contact CSV on HighLevel's import screen before it is imported, and hands back a fixed file.",
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
