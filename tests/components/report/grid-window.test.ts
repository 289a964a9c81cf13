import { describe, expect, it } from 'vitest';
import { gridWindow } from '../../../components/report/grid-window';

const columns = { viewport: 500, size: 100, count: 100_000, overscan: 2 };

describe('gridWindow', () => {
  it('renders what is in view and the overscan after it, at the start', () => {
    expect(gridWindow({ ...columns, offset: 0 })).toEqual({ first: 0, last: 7 });
  });

  it('takes in a column cut by either edge', () => {
    expect(gridWindow({ ...columns, offset: 5_000_050 })).toEqual({ first: 49_998, last: 50_008 });
  });

  it('stays a few columns however many there are and however far the scroll', () => {
    const far = gridWindow({ ...columns, count: 10_000_000, offset: 900_000_000 });
    expect(far).toEqual({ first: 8_999_998, last: 9_000_007 });
  });

  it('ends at the last column, without overscan past it', () => {
    expect(gridWindow({ ...columns, offset: 9_999_500 })).toEqual({ first: 99_993, last: 100_000 });
  });

  it('shows the last screenful when scrolled past the end', () => {
    expect(gridWindow({ ...columns, count: 20, offset: 1_000_000 })).toEqual({
      first: 13,
      last: 20,
    });
  });

  it('renders every column of a grid narrower than its view', () => {
    expect(gridWindow({ ...columns, count: 3, offset: 0 })).toEqual({ first: 0, last: 3 });
    expect(gridWindow({ ...columns, count: 3, offset: 250 })).toEqual({ first: 0, last: 3 });
  });

  it('renders nothing for no columns, or no width', () => {
    expect(gridWindow({ ...columns, count: 0, offset: 0 })).toEqual({ first: 0, last: 0 });
    expect(gridWindow({ ...columns, count: 0, offset: 800 })).toEqual({ first: 0, last: 0 });
    expect(gridWindow({ ...columns, size: 0, offset: 0 })).toEqual({ first: 0, last: 0 });
  });

  it('treats an overscroll before the start (a rubber band) as the start', () => {
    expect(gridWindow({ ...columns, offset: -80 })).toEqual({ first: 0, last: 7 });
  });

  it('renders only the overscan while the view has no width yet', () => {
    expect(gridWindow({ ...columns, viewport: 0, offset: 0 })).toEqual({ first: 0, last: 2 });
  });
});
