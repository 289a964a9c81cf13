import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWithInvariant } from './invariant';

const root = new URL('../../../', import.meta.url);

/** Every file under a folder, as a path relative to the repository. */
function filesUnder(folder: string): string[] {
  return readdirSync(new URL(folder, root), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(new URL(root).pathname.length)}/${entry.name}`)
    .sort();
}

const read = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const settings = JSON.parse(
  readFileSync(new URL('assets/samples/settings.example.json', root), 'utf8'),
);

describe('nothing is lost in the shipped samples and the test fixtures', () => {
  const samples = filesUnder('assets/samples').filter((path) => path.endsWith('.csv'));

  it.each(samples)('%s, with and without settings, merge on and off', (path) => {
    for (const input of [{}, settings, { fixes: { mergeDuplicates: true } }]) {
      expect(checkWithInvariant(read(path), input).breaches).toEqual([]);
    }
  });

  // Whatever the engine reads as text: CSV, TSV and the like; a file it cannot read has no output.
  const fixtures = filesUnder('tests/fixtures').filter((path) => /\.(csv|tsv|txt)$/i.test(path));

  it('covers the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it.each(fixtures)('%s', (path) => {
    const { result, breaches } = checkWithInvariant(read(path));
    if (result.report.file.kind !== 'csv') return;
    expect(breaches).toEqual([]);
  });
});
