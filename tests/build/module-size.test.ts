import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, ROOT } from './import-graph';

const MAX_LINES = 400;
/** Data tables may be long: a table reads best whole. */
const TABLE_FOLDERS = ['lib/highlevel/', 'lib/charsets/'];

/** Modules over the limit, other than tables, as "path (lines)". */
export function oversized(lineCounts: Map<string, number>): string[] {
  return [...lineCounts]
    .filter(([path, lines]) => lines > MAX_LINES && !TABLE_FOLDERS.some((f) => path.startsWith(f)))
    .map(([path, lines]) => `${path} (${lines})`);
}

describe('module size', () => {
  const lineCounts = new Map(
    [...importGraph().keys()].map((path) => [
      path,
      readFileSync(join(ROOT, path), 'utf8').split('\n').length,
    ]),
  );

  it(`keeps every module but a table under ${MAX_LINES} lines: one job a module`, () => {
    expect(oversized(lineCounts)).toEqual([]);
  });

  it('would name a long module, and let a long table be', () => {
    const counts = new Map([
      ['lib/engine.ts', 401],
      ['lib/highlevel/codes.ts', 900],
      ['lib/write.ts', 400],
    ]);
    expect(oversized(counts)).toEqual(['lib/engine.ts (401)']);
  });
});
