import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF10 Excel damage', () => {
  it('cannot recover a phone in scientific notation: says so and empties it', () => {
    const result = check(csv('Email,Phone', 'a@example.com,5.13571E+09'));
    expect(issuesOf(result, 'PF10')).toMatchObject([
      { row: 2, reason: 'scientific-phone', class: 'field-dropped', fix: '' },
    ]);
    expect(issuesOf(result, '1013')).toEqual([]);
  });

  it('pads US ZIP codes that lost their leading zero', () => {
    const result = check(
      csv(
        'Email,Postal Code,Country',
        'a@example.com,8014,United States',
        'b@example.com,2108-1234,US',
        'c@example.com,1050,Denmark',
      ),
    );
    expect(issuesOf(result, 'PF10')).toMatchObject([
      { row: 2, reason: 'zip-zero', class: 'notice', value: '8014', fix: '08014' },
      { row: 3, reason: 'zip-zero', class: 'notice', value: '2108-1234', fix: '02108-1234' },
    ]);
  });

  it('pads ZIPs without a country only for a US sub-account', () => {
    const file = csv('Email,Zip', 'a@example.com,8014');
    expect(issuesOf(check(file), 'PF10')).toMatchObject([{ row: 2, reason: 'zip-zero' }]);
    expect(issuesOf(check(file, { country: 'DK' }), 'PF10')).toEqual([]);
  });

  it('reads the US in every way the country table knows, and nothing it cannot place', () => {
    const result = check(
      csv(
        'Email,Postal Code,Country',
        'a@example.com,8014,United States of America',
        'b@example.com,8014,u.s.',
        'c@example.com,8014,Puerto Rico',
        'd@example.com,8014,Canada',
      ),
      { country: 'DK' },
    );
    expect(issuesOf(result, 'PF10')).toMatchObject([
      { row: 2, reason: 'zip-zero', fix: '08014' },
      { row: 3, reason: 'zip-zero', fix: '08014' },
    ]);
  });
});
