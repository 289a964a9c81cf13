import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROWS = 100_000;
/** The rejected file these rows make: 1008's sentence and the row, about 136 bytes a row. */
const REJECTED_CHARS = 13_588_936;
/**
 * The heap the check may use, as a multiple of the rejected file it writes: the rows, the issues
 * and the file itself fit in about 3.3 times it (45 MB); rendering and keeping each rejected row's
 * sentence, as the writer once did, needed over 7 times it (more than 100 MB).
 */
const HEAP_PER_REJECTED_CHAR = 5;

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
  it('checks 100,000 bad rows in a heap of 5 times the rejected file they make', () => {
    const megabytes = Math.round((HEAP_PER_REJECTED_CHAR * REJECTED_CHARS) / 1024 / 1024);
    const run = checkInHeapOf(megabytes);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`${ROWS} ${REJECTED_CHARS}`);
  }, 60_000);
});
