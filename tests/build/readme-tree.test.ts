import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './import-graph';

/** The folders whose every subfolder the README's tree must name. */
const WALKED = ['lib', 'utils', 'components'];
const TOP_LEVEL = ['lib', 'cli', 'entrypoints', 'utils', 'hooks', 'components', 'scripts', 'tests'];

/** The README's tree: the code block under "How it is built", as path → its line. */
export function readmeTree(readme: string): Map<string, string> {
  const section = readme.slice(readme.indexOf('## How it is built'));
  const start = section.indexOf('```text') + '```text'.length;
  const block = section.slice(start, section.indexOf('```', start));
  const tree = new Map<string, string>();
  const parents: string[] = [];
  for (const line of block.split('\n').filter((l) => l.trim() !== '')) {
    const depth = (line.length - line.trimStart().length) / 2;
    const [name = ''] = line.trim().split(/\s+/);
    parents.length = depth;
    const path = [...parents, name].join('');
    tree.set(path, line);
    if (name.endsWith('/')) parents.push(name);
  }
  return tree;
}

/** Each folder the tree names, and each subfolder it names on its parent's line. */
function named(tree: Map<string, string>): Set<string> {
  const folders = new Set<string>();
  for (const [path, line] of tree) {
    if (!path.endsWith('/')) continue;
    folders.add(path);
    for (const word of line.trim().split(/\s+/).slice(1)) {
      const sub = word.replace(/[(),:;]/g, '');
      if (sub.endsWith('/') && !sub.startsWith('/')) folders.add(path + sub);
    }
  }
  return folders;
}

const subfolders = (dir: string) =>
  readdirSync(join(ROOT, dir)).filter((name) => statSync(join(ROOT, dir, name)).isDirectory());

describe("the README's tree", () => {
  const tree = readmeTree(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const folders = named(tree);

  it('names only what exists', () => {
    const missing = [...tree.keys(), ...folders].filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  it('names every top-level source folder, and every folder of lib, utils and components', () => {
    const expected = [
      ...TOP_LEVEL.map((dir) => `${dir}/`),
      ...WALKED.flatMap((dir) => subfolders(dir).map((sub) => `${dir}/${sub}/`)),
    ];
    expect(expected.filter((path) => !folders.has(path))).toEqual([]);
  });

  it('reads nesting from the indentation', () => {
    const sample = readmeTree(
      '## How it is built\n\n```text\nlib/  the engine\n  read/  bytes\n  issue.ts  an issue\ncli/  the CLI\n```\n',
    );
    expect([...sample.keys()]).toEqual(['lib/', 'lib/read/', 'lib/issue.ts', 'cli/']);
  });
});
