import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROWS = 100_000;
/** The rejected file these rows make: the row number, 1008's code, name and column, the row. */
const REJECTED_CHARS = 4_888_936;
/**
 * The heap the check may use: 640 bytes a bad row holds the row, its issue and its rejected line
 * (about 40 MB is enough); rendering and keeping each rejected row's sentence, as the writer once
 * did, needed over 100 MB.
 */
const HEAP_MB = 64;

function checkInHeapOf(megabytes: number) {
  return spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${megabytes}`,
      '--import',
      'tsx',
      new URL('./bad-rows-child.ts', import.meta.url).pathname,
      String(ROWS),
    ],
    { encoding: 'utf8' },
  );
}

describe('memory follows the file, not the number of problems', () => {
  it('checks 100,000 bad rows in a heap of 64 MB', () => {
    const run = checkInHeapOf(HEAP_MB);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`${ROWS} ${REJECTED_CHARS}`);
  }, 60_000);
});
