import { describe, expect, it } from 'vitest';
import { check, cleanedRows, csv, issuesOf } from '../../helpers';

const file = (...zones: string[]) =>
  check(csv('Email,Time Zone', ...zones.map((zone, i) => `r${i}@example.com,${zone}`)));

describe('PF16 time zone value', () => {
  it('leaves listed zones exactly as written', () => {
    const result = file('America/New_York', 'US/Eastern', 'UTC', 'Etc/GMT+12', 'Asia/Calcutta');
    expect(issuesOf(result, 'PF16')).toEqual([]);
  });

  it('rewrites case, spaces and other names of the same zone', () => {
    const result = file(
      'america/new_york',
      'America/New York',
      'America/Mexico City',
      'US/Pacific',
      'America/Anchorage',
      'Eastern Time (US & Canada)',
      'etc/utc',
    );
    expect(issuesOf(result, 'PF16').map((i) => [i.value, i.fix])).toEqual([
      ['america/new_york', 'America/New_York'],
      ['America/New York', 'America/New_York'],
      ['America/Mexico City', 'America/Mexico_City'],
      ['US/Pacific', 'America/Los_Angeles'],
      ['America/Anchorage', 'US/Alaska'],
      ['Eastern Time (US & Canada)', 'America/New_York'],
      ['etc/utc', 'UTC'],
    ]);
    expect(issuesOf(result, 'PF16')[0]).toMatchObject({
      row: 2,
      reason: 'renamed',
      class: 'field-dropped',
    });
    expect(cleanedRows(result)[1]).toEqual(['r0@example.com', 'America/New_York']);
  });

  it('never fixes an abbreviation: it says what it could mean and empties it', () => {
    const result = file('EST', 'ist', 'PST');
    expect(issuesOf(result, 'PF16')).toMatchObject([
      {
        row: 2,
        reason: 'abbreviation',
        class: 'field-dropped',
        fix: '',
        message: expect.stringContaining('America/New_York or America/Cancun'),
      },
      { row: 3, reason: 'abbreviation', message: expect.stringContaining('Asia/Kolkata') },
      { row: 4, reason: 'abbreviation' },
    ]);
    expect(cleanedRows(result)[1]).toEqual(['r0@example.com', '']);
    expect(result.rejected).toBeNull();
  });

  it('empties a zone HighLevel does not list, even a real IANA one', () => {
    const result = file('Europe/Dublin', 'GMT-5');
    expect(issuesOf(result, 'PF16')).toMatchObject([
      { row: 2, reason: 'unknown', value: 'Europe/Dublin', fix: '' },
      { row: 3, reason: 'unknown', value: 'GMT-5', fix: '' },
    ]);
    expect(result.rejected).toBeNull();
  });
});
