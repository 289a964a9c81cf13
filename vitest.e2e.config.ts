import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium with the e2e build loaded (`npm run test:e2e` builds first).
// One browser per file, files one at a time: they are heavy and share the build output.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
