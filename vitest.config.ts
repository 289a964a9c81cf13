import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Speed is the bench's to measure, not the tests': a shared 2-core machine can take seconds
    // over tens of thousands of phone numbers or a CLI started through tsx.
    testTimeout: 30_000,
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
