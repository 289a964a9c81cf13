import { describe, expect, it } from 'vitest';
import { columnStarts } from '../../../components/report/column-layout';
import { positionAt, spanWindow } from '../../../components/report/grid-window';
describe('the grid’s columns', () => {
  it('sizes each column to its header or its longest value, within bounds', () => {
    const starts = columnStarts(
      [1, 0],
      ['Id', 'A very long header name that goes on'],
      [
        ['1', 'x'],
        ['123456789012', 'y'],
      ],
      { charWidth: 10, padding: 4 },
    );
    // Position 0 is column 1: its header is longer than the bound (26 characters).
    // Position 1 is column 0: its longest value, 12 characters.
    expect([...starts]).toEqual([0, 264, 388]);
  });

  it('measures fewer rows of a very wide file, so sizing stays a few hundred thousand reads', () => {
    const sizes = { charWidth: 10, padding: 0 };
    const long = 'x'.repeat(20);
    const rowsWith = (width: number) => [
      Array<string>(width).fill('a'),
      Array<string>(width).fill('a'),
      [long, ...Array<string>(width - 1).fill('a')],
    ];
    // 3 columns: the third row is measured; 100,000 columns: only the first two are.
    expect(columnStarts([0, 1, 2], ['A', 'B', 'C'], rowsWith(3), sizes)[1]).toBe(200);
    const wide = Array.from({ length: 100_000 }, (_, i) => i);
    const headers = wide.map(() => 'A');
    expect(columnStarts(wide, headers, rowsWith(100_000), sizes)[1]).toBe(80);
  });

  it('keeps a short column wide enough to read its header', () => {
    const starts = columnStarts([0], ['A'], [['1']], { charWidth: 10, padding: 0 });
    expect([...starts]).toEqual([0, 80]);
  });
});

describe('spanWindow', () => {
  // 100,000 columns of 100 px and 200 px in turn.
  const starts = new Float64Array(100_001);
  for (let i = 0; i < 100_000; i++) starts[i + 1] = starts[i]! + (i % 2 === 0 ? 100 : 200);

  it('finds the column at an offset by binary search', () => {
    expect(positionAt(starts, 0)).toBe(0);
    expect(positionAt(starts, 99)).toBe(0);
    expect(positionAt(starts, 100)).toBe(1);
    expect(positionAt(starts, 299)).toBe(1);
    expect(positionAt(starts, 300)).toBe(2);
    expect(positionAt(starts, 1e12)).toBe(99_999);
  });

  it('renders what is in view and the overscan, wherever the scroll', () => {
    expect(spanWindow(starts, { offset: 0, viewport: 500, overscan: 2 })).toEqual({
      first: 0,
      last: 6,
    });
    // 50,000 columns in: 25,000 pairs of 300 px.
    expect(spanWindow(starts, { offset: 7_500_000, viewport: 500, overscan: 2 })).toEqual({
      first: 49_998,
      last: 50_006,
    });
  });

  it('shows the last screenful when scrolled past the end', () => {
    const window = spanWindow(starts, { offset: 1e12, viewport: 500, overscan: 0 });
    expect(window.last).toBe(100_000);
    expect(window.first).toBe(99_997);
  });

  it('is empty with no columns', () => {
    expect(spanWindow(new Float64Array(1), { offset: 0, viewport: 500, overscan: 2 })).toEqual({
      first: 0,
      last: 0,
    });
  });
});
