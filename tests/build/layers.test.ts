import { describe, expect, it } from 'vitest';
import { cycles, importGraph, type ImportGraph } from './import-graph';

/**
 * The engine's layers, lowest first: what each folder may import of the project. A package import
 * is not limited here (ESLint keeps browser and Node APIs out of lib/).
 */
const LAYERS: { folder: string; may: string[]; why: string }[] = [
  {
    folder: 'lib/values/',
    may: ['lib/values/', 'lib/regexes.ts', 'lib/charsets/'],
    why: 'values is a leaf: it judges one value and knows no settings, engine or checks',
  },
  {
    folder: 'lib/read/',
    may: ['lib/read/', 'lib/regexes.ts', 'lib/charsets/', 'lib/types.ts'],
    why: 'reading bytes knows no checks and no values',
  },
  {
    folder: 'lib/highlevel/',
    may: ['lib/highlevel/', 'lib/values/', 'lib/read/', 'lib/regexes.ts', 'lib/charsets/'],
    why: "HighLevel's tables sit below the settings, the mapping and the checks that read them",
  },
  {
    folder: 'lib/checks/',
    may: ['lib/'],
    why: 'a check runs inside the engine: it never calls it',
  },
  {
    folder: 'lib/',
    may: ['lib/'],
    why: 'the engine runs in a worker, in Node and in tests: nothing of the browser side',
  },
];
const CHECKS_MAY_NOT = ['lib/engine', 'lib/report.ts'];

/** Each import that breaks a layer's rule, as "from → to (why)". */
export function layerBreaches(graph: ImportGraph): string[] {
  const breaches: string[] = [];
  for (const [from, targets] of graph) {
    const layer = LAYERS.find(({ folder }) => from.startsWith(folder));
    if (!layer) continue;
    for (const to of targets) {
      const allowed =
        layer.may.some((prefix) => to.startsWith(prefix)) &&
        !(layer.folder === 'lib/checks/' && CHECKS_MAY_NOT.some((p) => to.startsWith(p)));
      if (!allowed) breaches.push(`${from} → ${to} (${layer.why})`);
    }
  }
  return breaches;
}

describe('the import graph', () => {
  const graph = importGraph();

  it('is read from the sources', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('lib/issue.ts')).toContain('lib/highlevel/codes.ts');
  });

  it('has no import cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps every layer of the engine', () => {
    expect(layerBreaches(graph)).toEqual([]);
  });

  it('would catch a cycle, a value that reads the settings, and a check that runs the engine', () => {
    const broken: ImportGraph = new Map([
      ['lib/settings.ts', ['lib/mapping.ts']],
      ['lib/mapping.ts', ['lib/types.ts']],
      ['lib/types.ts', ['lib/settings.ts']],
      ['lib/values/date.ts', ['lib/settings.ts']],
      ['lib/checks/1008-email.ts', ['lib/engine.ts', 'lib/write.ts']],
      ['lib/highlevel/codes.ts', ['utils/db.ts']],
    ]);
    expect(cycles(broken)).toEqual([['lib/mapping.ts', 'lib/settings.ts', 'lib/types.ts']]);
    expect(layerBreaches(broken)).toHaveLength(3);
  });
});
