import { describe, expect, it } from 'vitest';
import { fileKeyOf } from '../../../utils/db/db';
import {
  distinctSites,
  filterReports,
  otherAttempts,
  rangeStart,
  siteLabel,
} from '../../../utils/db/report-filter';

const DAY = 24 * 60 * 60 * 1000;
// Local times, so "today" means the same thing in every time zone the tests run in.
const NOW = new Date(2026, 10, 25, 15, 30).getTime();
const HL = 'https://app.gohighlevel.com';
const AGENCY = 'https://crm.agency.example';

const entries = [
  { id: 1, fileName: 'Contacts.csv', checkedAt: NOW - 40 * DAY, site: HL },
  { id: 2, fileName: 'leads-march.csv', checkedAt: NOW - 10 * DAY, site: null },
  { id: 3, fileName: 'contacts.CSV', checkedAt: NOW - 3 * DAY, site: AGENCY },
  { id: 4, fileName: 'webinar.csv', checkedAt: new Date(2026, 10, 25, 0, 5).getTime(), site: HL },
  {
    id: 5,
    fileName: 'contacts.csv',
    checkedAt: new Date(2026, 10, 24, 23, 55).getTime(),
    site: HL,
  },
].map((entry) => ({ ...entry, fileKey: fileKeyOf(entry.fileName) }));
const ids = (list: { id: number }[]) => list.map((entry) => entry.id);

describe('filterReports', () => {
  it('lists every report newest first when nothing is chosen', () => {
    expect(ids(filterReports(entries, { search: '', range: 'any' }, NOW))).toEqual([4, 5, 3, 2, 1]);
  });

  it('searches file names for a part, in any case, ignoring edge spaces', () => {
    expect(ids(filterReports(entries, { search: ' CONTACTS ', range: 'any' }, NOW))).toEqual([
      5, 3, 1,
    ]);
    expect(ids(filterReports(entries, { search: 'march', range: 'any' }, NOW))).toEqual([2]);
    expect(filterReports(entries, { search: 'nothing like it', range: 'any' }, NOW)).toEqual([]);
  });

  it('keeps today from local midnight, and the last 7 or 30 days', () => {
    expect(ids(filterReports(entries, { search: '', range: 'today' }, NOW))).toEqual([4]);
    expect(ids(filterReports(entries, { search: '', range: '7d' }, NOW))).toEqual([4, 5, 3]);
    expect(ids(filterReports(entries, { search: '', range: '30d' }, NOW))).toEqual([4, 5, 3, 2]);
  });

  it('filters by site, null meaning the checker page, and combines filters', () => {
    expect(ids(filterReports(entries, { search: '', range: 'any', site: null }, NOW))).toEqual([2]);
    expect(ids(filterReports(entries, { search: 'contacts', range: '7d', site: HL }, NOW))).toEqual(
      [5],
    );
  });

  it('leaves the list it was given as it was', () => {
    const list = [...entries];
    filterReports(list, { search: '', range: 'any' }, NOW);
    expect(list).toEqual(entries);
  });
});

describe('rangeStart', () => {
  it('starts "today" at local midnight and lets "any time" take everything', () => {
    expect(rangeStart('today', NOW)).toBe(new Date(2026, 10, 25).getTime());
    expect(rangeStart('7d', NOW)).toBe(NOW - 7 * DAY);
    expect(rangeStart('any', NOW)).toBe(-Infinity);
  });
});

describe('distinctSites and siteLabel', () => {
  it('lists each site once, the checker page first', () => {
    expect(distinctSites(entries)).toEqual([null, HL, AGENCY]);
    expect(distinctSites(entries.filter((entry) => entry.site !== null))).toEqual([HL, AGENCY]);
    expect(distinctSites([])).toEqual([]);
  });

  it('names a site by its host, and the extension page by its name', () => {
    expect(siteLabel(null)).toBe('Preflight checker');
    expect(siteLabel(HL)).toBe('app.gohighlevel.com');
    expect(siteLabel('http://127.0.0.1:8123')).toBe('127.0.0.1:8123');
    expect(siteLabel('not an origin')).toBe('not an origin');
  });
});

describe('otherAttempts', () => {
  it('finds the other reports of the same file name in any case, newest first', () => {
    expect(ids(otherAttempts(entries, entries[0]!))).toEqual([5, 3]);
    expect(otherAttempts(entries, entries[1]!)).toEqual([]);
  });

  it('goes by the file key the database stores, not by a case folding of its own', () => {
    const keyed = entries.map((entry) => (entry.id === 3 ? { ...entry, fileKey: 'other' } : entry));
    expect(ids(otherAttempts(keyed, keyed[0]!))).toEqual([5]);
  });
});
