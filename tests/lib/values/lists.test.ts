import { describe, expect, it } from 'vitest';
import { steadyGrowthRatio } from '../../growth-ratio';
import { rewriteSlashes, splitList } from '../../../lib/values/lists';

const separators = [',', ';', '.'];
const never = () => false;

describe('splitList', () => {
  it('splits at every separator named, trimming and leaving out empty values', () => {
    expect(splitList('VIP, Lead;Gold. Silver', separators)).toEqual([
      'VIP',
      'Lead',
      'Gold',
      'Silver',
    ]);
    expect(splitList(' a,,b; ', separators)).toEqual(['a', 'b']);
    expect(splitList('v1.2', [','])).toEqual(['v1.2']);
    expect(splitList('', separators)).toEqual([]);
  });
});

describe('rewriteSlashes', () => {
  it('writes a slash between values as the joiner', () => {
    expect(rewriteSlashes('VIP/Lead', separators, ', ', never)).toBe('VIP, Lead');
    expect(rewriteSlashes('VIP / Lead //Gold', separators, ', ', never)).toBe('VIP, Lead, Gold');
  });

  it('keeps the other separators and the spaces around pieces as written', () => {
    expect(rewriteSlashes('Gold; Silver/Bronze', separators, ', ', never)).toBe(
      'Gold; Silver, Bronze',
    );
  });

  it('leaves a slash between digits, and a piece the caller keeps', () => {
    expect(rewriteSlashes('24/7, 3/14/2025', separators, ', ', never)).toBe('24/7, 3/14/2025');
    expect(rewriteSlashes('Yes/No, A/B', separators, ', ', (piece) => piece === 'Yes/No')).toBe(
      'Yes/No, A, B',
    );
  });

  it('leaves a cell holding a web address as written', () => {
    for (const value of ['https://a.example/b/c', '=HYPERLINK("http://evil.example/x","click")']) {
      expect(rewriteSlashes(value, separators, ', ', never)).toBe(value);
    }
  });

  it('empties a piece that is only slashes', () => {
    expect(rewriteSlashes('/', separators, ', ', never)).toBe('');
  });

  it('stays linear on long runs of slashes, digits and separators (time at 2n over time at n)', () => {
    const adversarial = (n: number) => [
      `${'1/'.repeat(n)}1`,
      'a/'.repeat(n),
      ' / '.repeat(n),
      'a/,1/.'.repeat(n),
    ];
    const judge = (value: string) => {
      rewriteSlashes(value, separators, ', ', never);
      splitList(value, separators);
    };
    expect(steadyGrowthRatio(adversarial, judge, 2_000)).toBeLessThan(3);
  });
});
