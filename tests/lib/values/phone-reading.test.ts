import metadataJson from 'libphonenumber-js/metadata.max.json';
import {
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { NumberReader } from '../../../lib/values/phone/reading';
import { libphonenumberReason } from './phone-oracle';

vi.mock('libphonenumber-js/core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('libphonenumber-js/core')>();
  return { ...actual, parsePhoneNumberWithError: vi.fn(actual.parsePhoneNumberWithError) };
});

const metadata = metadataJson as unknown as MetadataJson;
const COUNTRIES = Object.keys(metadata.countries) as CountryCode[];
const reader = new NumberReader(metadata);

/** What the reader replaces: isValid, then validatePhoneNumberLength, each parsing the number. */
function twoParses(text: string, country: CountryCode) {
  const number = parsePhoneNumberFromString(text, country, metadata);
  if (number?.isValid()) return { valid: true, e164: number.number };
  return { valid: false, reason: libphonenumberReason(text, country, metadata) };
}

/** Numbers as the phone judge hands them on: digits, with or without a '+', shaped as files hold them. */
const texts = fc
  .tuple(
    fc.constantFrom('', '+', '+1', '+44', '0', '00', '011', '1', '44', '49', '61', '91', '7'),
    fc.stringMatching(/^\d{0,17}$/),
  )
  .map(([start, rest]) => start + rest)
  .filter((text) => text !== '' && text !== '+');

describe('reading a number in one parse', () => {
  it('says what isValid and validatePhoneNumberLength say, in every country', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...COUNTRIES), (text, country) => {
        expect(reader.read(text, country)).toEqual(twoParses(text, country));
        const { reason } = twoParses(text, country);
        if (reason) expect(reader.whyNot(text, country)).toBe(reason);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads valid numbers as valid, with their E.164', () => {
    expect(reader.read('1234567890', 'US')).toEqual({ valid: false, reason: 'not-a-number' });
    expect(reader.read('2015550123', 'US')).toEqual({ valid: true, e164: '+12015550123' });
    expect(reader.read('07911123456', 'GB')).toEqual({ valid: true, e164: '+447911123456' });
    expect(reader.read('555123', 'US')).toEqual({ valid: false, reason: 'too-short' });
    expect(reader.read('201555012345678', 'US')).toEqual({ valid: false, reason: 'too-long' });
  });

  it('tells why from the length alone when libphonenumber would read the digits whole', () => {
    const parse = vi.mocked(parsePhoneNumberWithError);
    parse.mockClear();
    expect(reader.whyNot('555123456789', 'US')).toBe('too-long');
    expect(reader.whyNot('79111', 'GB')).toBe('too-short');
    // Seven digits are a possible length in Canada, not in the US: read in the US, as no other
    // North American country's leading digits start them.
    expect(reader.whyNot('5551234', 'US')).toBe('too-short');
    expect(parse).not.toHaveBeenCalled();
    // Parsed: a national prefix or calling code at the start, a '+', or a country whose number
    // types decide (the US's national pattern takes 3 and six digits).
    for (const text of ['15551234', '+5551234', '3551234']) {
      expect(reader.whyNot(text, 'US')).toBe(twoParses(text, 'US').reason);
    }
    expect(parse).toHaveBeenCalledTimes(3);
  });
});
