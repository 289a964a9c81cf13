import { readFileSync } from 'node:fs';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import {
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import { describe, expect, it, vi } from 'vitest';
import {
  createPhoneJudge,
  isSupportedCountry,
  splitPhones,
  type PhoneJudge,
  type PhoneVerdict,
} from '../../../lib/values/phone';
import { libphonenumberReason } from './phone-oracle';

// Counts libphonenumber calls, to show that the fast path answers without it.
vi.mock('libphonenumber-js/core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('libphonenumber-js/core')>();
  return {
    ...actual,
    parsePhoneNumberFromString: vi.fn(actual.parsePhoneNumberFromString),
    parsePhoneNumberWithError: vi.fn(actual.parsePhoneNumberWithError),
  };
});

/** How many times the judge has asked libphonenumber to parse, by either of its entry points. */
const parses = () =>
  vi.mocked(parsePhoneNumberFromString).mock.calls.length +
  vi.mocked(parsePhoneNumberWithError).mock.calls.length;
const forgetParses = () => {
  vi.mocked(parsePhoneNumberFromString).mockClear();
  vi.mocked(parsePhoneNumberWithError).mockClear();
};

const metadata = metadataJson as unknown as MetadataJson;
const fixtures = new URL('../../fixtures/', import.meta.url);

interface Example {
  region: CountryCode;
  type: string;
  national: string;
  e164: string;
}

const examples: Example[] = readFileSync(
  new URL('libphonenumber/example_numbers_by_region_type.csv', fixtures),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [, region, type, national, e164] = line.trim().split(',') as string[];
    // Non-geographic numbers (+800, ...) have region 001: judge them as a US sub-account would.
    const country = (region === '001' ? 'US' : region) as CountryCode;
    return {
      region: country,
      type: type as string,
      national: national as string,
      e164: e164 as string,
    };
  });

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function randomDigits(next: (n: number) => number, length: number): string {
  let digits = '';
  for (let i = 0; i < length; i++) digits += next(10);
  return digits;
}

function digitsOf(text: string): string {
  return [...text].filter((c) => c >= '0' && c <= '9').join('');
}

/**
 * What plain libphonenumber says, with the judge's documented reading of "00" as '+' and its
 * international second reading of digits without '+'.
 */
function reference(value: string, country: CountryCode): PhoneVerdict {
  const trimmed = value.trim();
  if (!trimmed) return { status: 'empty' };
  const text = trimmed.startsWith('00') ? '+' + trimmed.slice(2) : trimmed;
  const own = parsePhoneNumberFromString(text, country, metadata);
  if (own?.isValid()) return { status: 'valid', e164: own.number };
  if (!text.startsWith('+')) {
    const abroad = parsePhoneNumberFromString('+' + digitsOf(text), metadata);
    if (abroad?.isValid() && abroad.country) {
      return {
        status: 'other-country',
        e164: abroad.number,
        // Named as the judge names it: the calling code's main country outside North America.
        region:
          abroad.countryCallingCode === '1'
            ? abroad.country
            : (metadata.country_calling_codes[abroad.countryCallingCode]?.[0] ?? abroad.country),
        callingCode: `+${abroad.countryCallingCode}`,
        written: 'international',
      };
    }
  }
  return { status: 'invalid', reason: 'not-a-number' };
}

/**
 * The judge's verdict without what plain libphonenumber does not give: the invalid reason, and
 * the other country a national number is valid in (tested on its own below).
 */
function shape(verdict: PhoneVerdict): PhoneVerdict {
  const national = verdict.status === 'other-country' && verdict.written === 'national';
  return verdict.status === 'invalid' || national
    ? { status: 'invalid', reason: 'not-a-number' }
    : verdict;
}

/**
 * Judges every value with warm judges (one per country): the disagreements with libphonenumber,
 * and how many verdicts came from the fast path (no libphonenumber call).
 */
function compare(cases: [CountryCode, string][]): { problems: string[]; fast: number } {
  const judges = new Map<string, PhoneJudge>();
  const problems: string[] = [];
  let fast = 0;
  for (const [country, value] of cases) {
    let judge = judges.get(country);
    if (!judge) judges.set(country, (judge = createPhoneJudge(country, metadata)));
    const calls = parses();
    const got = shape(judge.judge(value));
    if (parses() === calls && got.status === 'valid') fast++;
    const want = reference(value, country);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(
        `${country} ${JSON.stringify(value)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
      );
    }
  }
  return { problems, fast };
}

function disagreements(cases: [CountryCode, string][]): string[] {
  return compare(cases).problems;
}

/** Ways people write a number: spaces, dashes, dots, brackets. */
function formats(digits: string, next: (n: number) => number): string[] {
  const cut = 1 + next(Math.max(1, digits.length - 2));
  return [
    digits,
    `${digits.slice(0, cut)} ${digits.slice(cut)}`,
    `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
    `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`,
  ];
}

/** The number with its last `count` digits replaced at random. */
function newTail(digits: string, count: number, next: (n: number) => number): string {
  const keep = Math.max(0, digits.length - count);
  return digits.slice(0, keep) + randomDigits(next, digits.length - keep);
}

describe('createPhoneJudge and isSupportedCountry', () => {
  it('knows the countries libphonenumber has metadata for', () => {
    expect(isSupportedCountry('US', metadata)).toBe(true);
    expect(isSupportedCountry('GB', metadata)).toBe(true);
    expect(isSupportedCountry('XX', metadata)).toBe(false);
    expect(isSupportedCountry('constructor', metadata)).toBe(false);
  });

  it('throws a clear error for an unsupported country', () => {
    expect(() => createPhoneJudge('XX', metadata)).toThrow(/"XX".*no metadata/);
    expect(createPhoneJudge('CA', metadata).country).toBe('CA');
  });
});

describe('judge: real-looking values', () => {
  const us = createPhoneJudge('US', metadata);
  const valid = (e164: string): PhoneVerdict => ({ status: 'valid', e164 });

  it.each([
    ['(212) 555-0134', '+12125550134'],
    ['212.555.0134', '+12125550134'],
    ['+1 212 555 0134', '+12125550134'],
    ['2125550134', '+12125550134'],
    ['1-212-555-0134', '+12125550134'],
    ['  212-555-0134 ', '+12125550134'],
    ['212\u2013555\u20130134', '+12125550134'],
    ['212\u00a0555\u00a00134', '+12125550134'],
    ['810-292-9388', '+18102929388'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+61 2 9374 4000', '+61293744000'],
    ['(416) 555-0199', '+14165550199'],
  ])('%j is valid as %s', (value, e164) => {
    expect(us.judge(value)).toEqual(valid(e164));
  });

  it.each([
    ['', { status: 'empty' }],
    ['   ', { status: 'empty' }],
    ['1.23457E+11', { status: 'scientific' }],
    ['1,23457E+11', { status: 'scientific' }],
    ['212-555-0134 x12', { status: 'invalid', reason: 'extension' }],
    ['(212) 555-0134 ext. 5', { status: 'invalid', reason: 'extension' }],
    ['212 555 0134 #7', { status: 'invalid', reason: 'extension' }],
    ['call me', { status: 'invalid', reason: 'letters' }],
    ['212-555-CALL', { status: 'invalid', reason: 'letters' }],
    ['n/a', { status: 'invalid', reason: 'letters' }],
    ['555-0134', { status: 'invalid', reason: 'too-short' }],
    ['21255501345678', { status: 'invalid', reason: 'too-long' }],
    ['123-456-7890', { status: 'invalid', reason: 'not-a-number' }],
    ['212*555*0134', { status: 'invalid', reason: 'not-a-number' }],
    ['---', { status: 'invalid', reason: 'not-a-number' }],
    [
      '442079460958',
      {
        status: 'other-country',
        e164: '+442079460958',
        region: 'GB',
        callingCode: '+44',
        written: 'international',
      },
    ],
    [
      '020 7946 0958',
      {
        status: 'other-country',
        e164: '+442079460958',
        region: 'GB',
        callingCode: '+44',
        written: 'national',
      },
    ],
  ])('%j → %j', (value, verdict) => {
    expect(us.judge(value)).toEqual(verdict);
  });

  it('reads a number with a country code but no "+" as other-country for the default', () => {
    const gb = createPhoneJudge('GB', metadata);
    expect(gb.judge('12125550134')).toMatchObject({
      status: 'other-country',
      e164: '+12125550134',
      written: 'international',
    });
    // Ten digits as North America writes them: read as a US number, named as one.
    expect(gb.judge('(212) 555-0134')).toMatchObject({
      status: 'other-country',
      e164: '+12125550134',
      region: 'US',
      written: 'national',
    });
    expect(gb.judge('020 7946 0958')).toEqual(valid('+442079460958'));
    expect(gb.judge('+1 212 555 0134')).toEqual(valid('+12125550134'));
  });

  it('tries a country found earlier only on numbers of the shape that found it', () => {
    const judge = createPhoneJudge('US', metadata);
    // A German number written with its trunk "0" makes Germany a country found in this file.
    expect(judge.judge('0151 12345678')).toMatchObject({ status: 'other-country', region: 'DE' });
    // A US number missing its area code has no trunk "0": it is not read as German after that.
    expect(judge.judge('555-1234')).toEqual({ status: 'invalid', reason: 'too-short' });
    expect(judge.judge('555-1234')).toEqual(createPhoneJudge('US', metadata).judge('555-1234'));
  });

  it('gives the same verdict the second time (memo) as the first', () => {
    const judge = createPhoneJudge('US', metadata);
    for (const value of ['2125550134', '123-456-7890', '442079460958', '555-0134']) {
      expect(judge.judge(value)).toEqual(judge.judge(value));
      expect(judge.judge(value)).toEqual(createPhoneJudge('US', metadata).judge(value));
    }
  });
});

// Tens of thousands of numbers through both judges: seconds on a shared machine, so no 5 s limit.
describe('judge agrees exactly with plain libphonenumber', { timeout: 60_000 }, () => {
  const next = random(20250314);

  it('on every example number for its region, in several writings', () => {
    const cases: [CountryCode, string][] = [];
    for (const { region, national, e164 } of examples) {
      for (const value of formats(national, next)) cases.push([region, value]);
      cases.push([region, e164], [region, e164.slice(1)], [region, '00' + e164.slice(1)]);
      cases.push([region, `+${e164.slice(1, 3)} ${e164.slice(3)}`]);
    }
    expect(cases.length).toBeGreaterThan(8000);
    const { problems, fast } = compare(cases);
    expect(fast).toBeGreaterThan(4500); // the fast path really answered
    expect(problems).toEqual([]);
  });

  it('on thousands of perturbations: new last digits, other lengths, other first digits', () => {
    const cases: [CountryCode, string][] = [];
    for (const { region, national, e164 } of examples) {
      for (let count = 1; count <= 8; count++) {
        for (let i = 0; i < 3; i++) {
          cases.push([region, newTail(national, count, next)]);
          cases.push([region, '+' + newTail(e164.slice(1), count, next)]);
        }
      }
      cases.push([region, national.slice(0, -1)], [region, national + next(10)]);
      cases.push([region, national.slice(0, -2)], [region, national + randomDigits(next, 2)]);
      cases.push([region, next(10) + national.slice(1)], [region, '0' + national]);
      cases.push([region, '+' + e164.slice(1, -1)], [region, e164 + next(10)]);
    }
    expect(cases.length).toBeGreaterThan(60000);
    const { problems, fast } = compare(cases);
    expect(fast).toBeGreaterThan(24000); // the fast path really answered
    expect(problems).toEqual([]);
  });

  it("on other countries' numbers read as US, GB, AU, DE and IN", () => {
    const cases: [CountryCode, string][] = [];
    for (const country of ['US', 'GB', 'AU', 'DE', 'IN'] as CountryCode[]) {
      for (const { national, e164 } of examples) {
        cases.push([country, national], [country, e164.slice(1)], [country, e164]);
        cases.push([country, newTail(national, 1 + next(7), next)]);
      }
    }
    const { problems, fast } = compare(cases);
    expect(fast).toBeGreaterThan(1500); // the fast path really answered
    expect(problems).toEqual([]);
  });

  it('on random numbers shaped like US, GB, AU, DE and IN ones', () => {
    const cases: [CountryCode, string][] = [];
    for (let i = 0; i < 3000; i++) {
      const us = `${2 + next(8)}${randomDigits(next, 9)}`;
      cases.push(['US', us], ['US', '1' + us], ['US', '+1' + us], ['US', randomDigits(next, 10)]);
      cases.push(
        ['GB', '0' + randomDigits(next, 9 + next(2))],
        ['AU', '0' + randomDigits(next, 9)],
      );
      cases.push(['DE', '0' + randomDigits(next, 5 + next(9))], ['IN', randomDigits(next, 10)]);
      cases.push(
        ['US', '011' + randomDigits(next, 8 + next(6))],
        ['GB', '+' + randomDigits(next, 6 + next(10))],
      );
    }
    const { problems, fast } = compare(cases);
    expect(fast).toBeGreaterThan(4000); // the fast path really answered
    expect(problems).toEqual([]);
  });

  it('says why a number is invalid as libphonenumber does, whether it could read it or not', () => {
    const countries: CountryCode[] = ['US', 'GB', 'AU', 'DE', 'IN', 'BR', 'AR', 'FR', 'RU', 'JP'];
    const wrong: string[] = [];
    let invalid = 0;
    for (let i = 0; i < 4000; i++) {
      const country = countries[next(countries.length)] as CountryCode;
      // Never "00": the judge reads it as '+', libphonenumber as an international prefix.
      const text = `${next(4) === 0 ? '+' : ''}${1 + next(9)}${randomDigits(next, 2 + next(14))}`;
      const verdict = createPhoneJudge(country, metadata).judge(text);
      if (verdict.status !== 'invalid') continue;
      invalid++;
      const expected = libphonenumberReason(text, country, metadata);
      if (verdict.reason !== expected) wrong.push(`${country} ${text}: ${verdict.reason}`);
    }
    expect(invalid).toBeGreaterThan(1500);
    expect(wrong).toEqual([]);
  });

  it('on national prefixes, carrier codes and prefix rewrites (BR, AR, CO, AG, RU, ...)', () => {
    const cases: [CountryCode, string][] = [];
    const byRegion = (region: string) => examples.filter((example) => example.region === region);
    for (let i = 0; i < 40; i++) {
      for (const { region, national } of examples.filter((e) =>
        ['BR', 'AR', 'CO', 'MX', 'RU', 'GB', 'AU', 'FR'].includes(e.region),
      )) {
        const tail = newTail(national, 1 + next(7), next);
        cases.push([region, '0' + tail], [region, '8' + tail], [region, '90' + tail]);
      }
      for (const { national } of byRegion('BR')) {
        const carrier = ['12', '14', '15', '21', '31', '41', '55', '99'][next(8)] as string;
        cases.push(['BR', `0${carrier}${newTail(national, 1 + next(7), next)}`]);
        cases.push(['BR', `90${carrier} ${newTail(national, 1 + next(7), next)}`]);
      }
      for (const { national, type } of byRegion('AR')) {
        const tail = newTail(national, 1 + next(7), next);
        if (type === 'MOBILE') cases.push(['AR', `0${tail.slice(1, 3)} 15 ${tail.slice(3)}`]);
        cases.push(['AR', `0${tail.slice(0, 2)}15${tail.slice(2)}`]);
      }
      for (const region of ['AG', 'BS', 'VI', 'JM', 'PR'] as CountryCode[]) {
        for (const { national } of byRegion(region)) {
          const tail = newTail(national, 1 + next(7), next);
          cases.push([region, tail.slice(3)], [region, tail], [region, '1' + tail]);
        }
      }
    }
    const { problems, fast } = compare(cases);
    expect(fast).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it('on numbers that share a prefix, where the fast path answers', () => {
    const cases: [CountryCode, string][] = [];
    for (const head of [
      '212555',
      '415200',
      '523411',
      '800555',
      '268460',
      '787555',
      '20794',
      '7911',
    ]) {
      for (let i = 0; i < 300; i++) {
        const digits = head + randomDigits(next, 10 - head.length);
        cases.push(
          ['US', digits],
          ['US', '+1' + digits],
          ['US', '1' + digits],
          ['GB', '0' + digits],
        );
      }
    }
    const { problems, fast } = compare(cases);
    expect(fast).toBeGreaterThan(5000); // the fast path really answered
    expect(problems).toEqual([]);
  });
});

describe('the fast path', () => {
  it('answers most numbers sharing an area code without asking libphonenumber', () => {
    const judge = createPhoneJudge('US', metadata);
    const next = random(7);
    forgetParses();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const digits = `212${2 + next(8)}${randomDigits(next, 6)}`;
      seen.add(digits);
      expect(
        judge.judge(`(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`),
      ).toEqual({
        status: 'valid',
        e164: '+1' + digits,
      });
    }
    expect(seen.size).toBeGreaterThan(1900);
    expect(parses()).toBeLessThan(10);
  });

  it('still asks libphonenumber when the last digits decide (no shared answer)', () => {
    const judge = createPhoneJudge('US', metadata);
    forgetParses();
    // 52x personal numbers: validity depends on the digits after the area code.
    for (const value of ['5234112345', '5234512345', '5239212345']) judge.judge(value);
    expect(parses()).toBeGreaterThanOrEqual(3);
  });
});

describe("validator.js isMobilePhone lists (their rules, not libphonenumber's)", () => {
  interface Block {
    valid?: string[];
    invalid?: string[];
    args?: unknown[];
  }
  const blocks: Block[] = JSON.parse(
    readFileSync(new URL('validatorjs/isMobilePhone.json', fixtures), 'utf8'),
  );
  const cases: { country: CountryCode; value: string; listed: 'valid' | 'invalid' }[] = [];
  for (const block of blocks) {
    const locales = [block.args?.[0]].flat();
    for (const locale of locales) {
      const country = typeof locale === 'string' ? locale.split('-')[1] : undefined;
      if (!country || !isSupportedCountry(country, metadata)) continue;
      for (const value of block.valid ?? [])
        cases.push({ country: country as CountryCode, value, listed: 'valid' });
      for (const value of block.invalid ?? [])
        cases.push({ country: country as CountryCode, value, listed: 'invalid' });
    }
  }

  it('never throws, and agrees with plain libphonenumber on every value', () => {
    expect(cases.length).toBeGreaterThan(2500);
    const plain = cases.filter(({ value }) =>
      [...value].every((c) => '0123456789+-() '.includes(c)),
    );
    expect(disagreements(plain.map(({ country, value }) => [country, value]))).toEqual([]);
    for (const { country, value } of cases) {
      expect(() => createPhoneJudge(country, metadata).judge(value)).not.toThrow();
    }
  });

  it('mostly agrees with validator.js (sanity, not equality)', () => {
    const judges = new Map<string, PhoneJudge>();
    let agree = { valid: 0, invalid: 0 };
    const total = { valid: 0, invalid: 0 };
    for (const { country, value, listed } of cases) {
      let judge = judges.get(country);
      if (!judge) judges.set(country, (judge = createPhoneJudge(country, metadata)));
      const valid = judge.judge(value).status === 'valid';
      total[listed]++;
      if (valid === (listed === 'valid')) agree = { ...agree, [listed]: agree[listed] + 1 };
    }
    expect(agree.valid / total.valid).toBeGreaterThan(0.75);
    expect(agree.invalid / total.invalid).toBeGreaterThan(0.7);
  });
});

describe('splitPhones (PF07)', () => {
  it.each([
    ['810-292-9388 / 810-374-9840', ['810-292-9388', '810-374-9840']],
    ['(212) 555-0134; (212) 555-0135', ['(212) 555-0134', '(212) 555-0135']],
    ['212-555-0134 or 212-555-0135', ['212-555-0134', '212-555-0135']],
    ['212-555-0134, 212-555-0135, 212-555-0136', ['212-555-0134', '212-555-0135', '212-555-0136']],
    ['212-555-0134 | +44 20 7946 0958', ['212-555-0134', '+44 20 7946 0958']],
    ['212-555-0134\n212-555-0135', ['212-555-0134', '212-555-0135']],
  ])('%j → %j', (value, pieces) => {
    expect(splitPhones(value)).toEqual(pieces);
  });

  it.each(['(212) 555-0134', '212/555-0134', '212-555-0134 / 35', 'a; b', '', '+1 212 555 0134'])(
    '%j is one value',
    (value) => {
      expect(splitPhones(value)).toEqual([value]);
    },
  );
});
