import { describe, expect, it } from 'vitest';
import { check, csv } from '../../helpers';
import { defaultSettings } from '../../../lib/settings';
import { checkWithInvariant, invariantBreaches } from './invariant';

describe('the invariant checker', () => {
  const text = csv('First Name,Email,Notes', 'Ann,ann@example.com,met at the expo');
  const bytes = new TextEncoder().encode(text);

  it('finds nothing wrong with a clean file', () => {
    expect(checkWithInvariant(text).breaches).toEqual([]);
  });

  it('reports a value that is in no output and named by nothing', () => {
    const result = check(text);
    const tampered = { ...result, cleaned: (result.cleaned ?? '').replace('met at the expo', '') };
    expect(invariantBreaches(bytes, defaultSettings(), tampered)).toEqual([
      { kind: 'lost', detail: 'row 2, column 3: "met at the expo"' },
    ]);
  });

  it("counts a value the writer neutralised ('X) as X, and only a neutralised one", () => {
    // The result of a file without the formula: no change or issue names "-met".
    const result = check(text);
    const input = new TextEncoder().encode(
      csv('First Name,Email,Notes', 'Ann,ann@example.com,-met'),
    );
    const lost = (notes: string) =>
      invariantBreaches(input, defaultSettings(), {
        ...result,
        cleaned: csv('First Name,Email,Notes', `Ann,ann@example.com,${notes}`),
      });
    expect(lost("'-met")).toEqual([]);
    expect(lost("'met")).toEqual([{ kind: 'lost', detail: 'row 2, column 3: "-met"' }]);
  });

  it('reports a cleaned file that HighLevel would still skip rows of', () => {
    const result = check(text);
    const tampered = { ...result, cleaned: csv('First Name,Email', 'Ann,not an email') };
    const breaches = invariantBreaches(bytes, defaultSettings(), tampered);
    expect(breaches.filter((b) => b.kind === 'recheck').map((b) => b.detail)).toEqual([
      expect.stringContaining('cleaned: 1008/invalid row 2'),
    ]);
  });
});
