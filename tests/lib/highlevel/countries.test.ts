import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  COUNTRIES_NOT_LISTED,
  COUNTRY_ALIASES,
  countryCodeOf,
  judgeCountry,
} from '../../../lib/highlevel/countries';

describe("HighLevel's country table", () => {
  it('has the 195 countries of the page, each name and code once', () => {
    expect(COUNTRIES).toHaveLength(195);
    expect(new Set(COUNTRIES.map(([name]) => name)).size).toBe(195);
    expect(new Set(COUNTRIES.map(([, code]) => code)).size).toBe(195);
    const alpha3 = COUNTRIES.flatMap(([, , code]) => (code ? [code] : []));
    expect(new Set(alpha3).size).toBe(alpha3.length);
  });

  it('points every alias at a listed name, and each alias reads as its own name', () => {
    const listed = new Set(COUNTRIES.map(([name]) => name));
    const wrong = Object.entries(COUNTRY_ALIASES).filter(
      ([alias, name]) =>
        !listed.has(name) ||
        JSON.stringify(judgeCountry(alias)) !== JSON.stringify({ status: 'renamed', name }),
    );
    expect(wrong).toEqual([]);
  });

  it('reads every listed name and code in capitals or small letters as itself', () => {
    const wrong = COUNTRIES.flatMap(([name, code]) =>
      [name.toUpperCase(), name.toLowerCase(), code.toLowerCase()]
        .filter((value) => !['na', 'no'].includes(value))
        .filter((value) => {
          const verdict = judgeCountry(value);
          return verdict.status !== 'renamed' || verdict.name !== name;
        }),
    );
    expect(wrong).toEqual([]);
  });

  it('lists no territory that is also a listed country', () => {
    const listed = COUNTRIES.flatMap(([name, code]) => [name, code]);
    const both = COUNTRIES_NOT_LISTED.flat().filter((value) => listed.includes(value));
    expect(both).toEqual([]);
  });

  it('gives the listed code of a value as written or once renamed', () => {
    expect(
      ['United States', 'US', 'USA', 'u.s.a.', 'United States of America'].map(countryCodeOf),
    ).toEqual(['US', 'US', 'US', 'US', 'US']);
    expect(['America', 'Puerto Rico', ''].map(countryCodeOf)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
