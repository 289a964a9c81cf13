import { describe, expect, it } from 'vitest';
import { check, cleanedRows, csv, issuesOf } from '../../helpers';

describe('PF15 country value', () => {
  it('leaves listed names and codes exactly as written', () => {
    const result = check(
      csv(
        'Email,Country',
        'a@example.com,United States',
        'b@example.com,US',
        'c@example.com,"Korea, South"',
        'd@example.com,Congo (Kinshasa)',
        'e@example.com,NA',
      ),
    );
    expect(issuesOf(result, 'PF15')).toEqual([]);
  });

  it('rewrites aliases, case, local names and ISO codes to the listed name', () => {
    const values = ['USA', 'U.S.', 'united states', 'us', 'Deutschland', 'UK', 'GBR', 'México'];
    const result = check(csv('Email,Country', ...values.map((v, i) => `r${i}@example.com,${v}`)));
    expect(issuesOf(result, 'PF15').map((i) => [i.value, i.fix])).toEqual([
      ['USA', 'United States'],
      ['U.S.', 'United States'],
      ['united states', 'United States'],
      ['us', 'United States'],
      ['Deutschland', 'Germany'],
      ['UK', 'United Kingdom'],
      ['GBR', 'United Kingdom'],
      ['México', 'Mexico'],
    ]);
    expect(issuesOf(result, 'PF15')[0]).toMatchObject({
      row: 2,
      reason: 'renamed',
      class: 'row-skipped',
      message: expect.stringContaining('"United States"'),
    });
    expect(cleanedRows(result).slice(1, 3)).toEqual([
      ['r0@example.com', 'United States'],
      ['r1@example.com', 'United States'],
    ]);
    expect(result.rejected).toBeNull();
  });

  it('is case-sensitive like HighLevel: a listed name in other capitals is fixed', () => {
    const result = check(
      csv('Email,Country', 'a@example.com,GERMANY', 'b@example.com,"korea, south"'),
    );
    expect(issuesOf(result, 'PF15')).toMatchObject([
      { reason: 'renamed', value: 'GERMANY', fix: 'Germany' },
      { reason: 'renamed', value: 'korea, south', fix: 'Korea, South' },
    ]);
    expect(result.cleaned).toContain('b@example.com,"Korea, South"');
  });

  it('empties a territory HighLevel does not list, naming it, and keeps the row', () => {
    const result = check(
      csv('Email,Country', 'a@example.com,Puerto Rico', 'b@example.com,HK', 'c@example.com,Canada'),
    );
    expect(issuesOf(result, 'PF15')).toMatchObject([
      {
        row: 2,
        reason: 'not-listed',
        class: 'row-skipped',
        fix: '',
        message: expect.stringContaining('imports without a country'),
      },
      { row: 3, reason: 'not-listed', params: { place: 'Hong Kong' } },
    ]);
    expect(cleanedRows(result).slice(1, 4)).toEqual([
      ['a@example.com', ''],
      ['b@example.com', ''],
      ['c@example.com', 'Canada'],
    ]);
    expect(result.rejected).toBeNull();
  });

  it('empties an ambiguous value, naming what it could mean', () => {
    const result = check(csv('Email,Country', 'a@example.com,Korea'));
    expect(issuesOf(result, 'PF15')).toMatchObject([
      {
        reason: 'ambiguous',
        fix: '',
        message: expect.stringContaining('"Korea, South" or "Korea, North"'),
      },
    ]);
  });

  it('empties an unknown value, and does not read "na" or a lower-case ISO-3 word as a country', () => {
    const result = check(
      csv('Email,Country', 'a@example.com,Atlantis', 'b@example.com,na', 'c@example.com,per'),
    );
    expect(issuesOf(result, 'PF15')).toMatchObject([
      { row: 2, reason: 'unknown', value: 'Atlantis', fix: '' },
      { row: 3, reason: 'unknown', value: 'na', fix: '' },
      { row: 4, reason: 'unknown', value: 'per', fix: '' },
    ]);
    expect(result.rejected).toBeNull();
    expect(result.report.changes.filter((c) => c.code === 'PF15')).toHaveLength(3);
  });

  it('reads the value PF08 tidied', () => {
    const result = check(csv('Email,Country', 'a@example.com, United States '));
    expect(issuesOf(result, 'PF15')).toEqual([]);
    expect(issuesOf(result, 'PF08')).toHaveLength(1);
  });
});

describe('PF15 and PF10 on one row', () => {
  const zipOf = (header: string, ...rows: string[]) =>
    issuesOf(check(csv(header, ...rows), { country: 'DK' }), 'PF10').map((i) => [i.row, i.fix]);

  it('pads a US ZIP whichever column comes first, once USA is rewritten', () => {
    const rows = ['a@example.com,8014,USA', 'b@example.com,8014,U.S.A.', 'c@example.com,8014,us'];
    const expected = [
      [2, '08014'],
      [3, '08014'],
      [4, '08014'],
    ];
    expect(zipOf('Email,Postal Code,Country', ...rows)).toEqual(expected);
    const countryFirst = rows.map((row) => row.replace(/^(.*),(\d+),(.*)$/, '$1,$3,$2'));
    expect(zipOf('Email,Country,Postal Code', ...countryFirst)).toEqual(expected);
  });

  it('reads an emptied Country as none, whichever column comes first', () => {
    const file = (header: string, row: string) => check(csv(header, row), { country: 'US' });
    for (const result of [
      file('Email,Postal Code,Country', 'a@example.com,8014,Atlantis'),
      file('Email,Country,Postal Code', 'a@example.com,Atlantis,8014'),
    ]) {
      expect(issuesOf(result, 'PF10')).toMatchObject([{ reason: 'zip-zero', fix: '08014' }]);
    }
  });
});
