import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Groups } from '../../../../lib/checks/shared/duplicates';

/** The plain way: every key in a Map, a group listed when its second row comes. */
function groupedByMap(keys: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  const found: number[][] = [];
  keys.forEach((key, index) => {
    const rows = byKey.get(key);
    if (!rows) byKey.set(key, [index + 2]);
    else if (rows.push(index + 2) === 2) found.push(rows);
  });
  return found;
}

function grouped(keys: readonly string[]): number[][] {
  const groups = new Groups();
  keys.forEach((key, index) => groups.add(key, { number: index + 2, values: [] }));
  return groups.duplicates();
}

describe('Groups', () => {
  it('finds the groups a Map of every key finds, in the same order', () => {
    // Few distinct keys, so that groups are common; some differ only by case or length.
    const key = fc.string({
      unit: fc.constantFrom('a', 'A', 'b', '+', '1', 'é', '𝄞'),
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        expect(grouped(keys)).toEqual(groupedByMap(keys));
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart keys whose hashes share a slot', () => {
    // 20,000 distinct keys in 524,288 slots: 362 share one with another, none may be grouped.
    const keys = Array.from({ length: 20_000 }, (_, i) => `person${i}@example.com`);
    expect(grouped(keys)).toEqual([]);
    expect(grouped([...keys, 'person7@example.com', 'person7@example.com'])).toEqual([
      [9, 20_002, 20_003],
    ]);
  });
});
