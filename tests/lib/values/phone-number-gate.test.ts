import metadataJson from 'libphonenumber-js/metadata.max.json';
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import {
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberGate } from '../../../lib/values/phone/number-gate';

const metadata = metadataJson as unknown as MetadataJson;
const COUNTRIES = Object.keys(metadata.countries) as CountryCode[];
const gate = new NumberGate(metadata);

const validInternational = (digits: string) =>
  parsePhoneNumberFromString('+' + digits, metadata)?.isValid() ?? false;
const validNational = (digits: string, country: CountryCode) =>
  parsePhoneNumberFromString(digits, country, metadata)?.isValid() ?? false;

/** Digits shaped as files hold them: bare, after a trunk "0", after a calling code. */
const digitStrings = fc
  .tuple(
    fc.constantFrom('', '0', '1', '44', '49', '61', '91', '011', '00', '8'),
    fc.stringMatching(/^\d{1,16}$/),
  )
  .map(([start, rest]) => start + rest);

/** libphonenumber's example mobile number of every country, as that country writes it. */
const examples = Object.entries(mobileExamples).map(([country, example]) => ({
  country: country as CountryCode,
  code: metadata.countries[country as CountryCode]?.[0] as string,
  example: String(example),
}));

describe('the number gate', () => {
  it('never turns away a number libphonenumber finds valid, read with a "+"', () => {
    fc.assert(
      fc.property(digitStrings, (digits) => {
        if (!gate.mayBeValid(digits, null)) expect(validInternational(digits)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it('never turns away a number libphonenumber finds valid in any country', () => {
    fc.assert(
      fc.property(digitStrings, fc.constantFrom(...COUNTRIES), (digits, country) => {
        if (!gate.mayBeValid(digits, country)) expect(validNational(digits, country)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it("lets every country's own example numbers through, however written", () => {
    expect(examples.length).toBeGreaterThan(200);
    for (const { country, code, example } of examples) {
      if (validNational(example, country)) expect(gate.mayBeValid(example, country)).toBe(true);
      if (validInternational(code + example))
        expect(gate.mayBeValid(code + example, null)).toBe(true);
    }
  });

  it('turns away most short local numbers read with a "+", and numbers far too long', () => {
    const local = Array.from({ length: 1000 }, (_, i) => String(2_000_000 + i * 7919));
    const refused = local.filter((digits) => !gate.mayBeValid(digits, null)).length;
    expect(refused).toBeGreaterThan(800);
    expect(gate.mayBeValid('2125550134123456', 'US')).toBe(false);
    expect(gate.mayBeValid('12', 'GB')).toBe(false);
    expect(gate.mayBeValid('2125550134', 'US')).toBe(true);
  });

  it('turns away numbers of a possible length that no pattern of the calling code matches', () => {
    // North American area codes start with 2 to 9: libphonenumber would try 25 countries.
    for (const area of ['012', '112', '055']) {
      expect(gate.mayBeValid(`${area}5550134`, 'US')).toBe(false);
      expect(gate.mayBeValid(`1${area}5550134`, null)).toBe(false);
    }
    expect(gate.mayBeValid('2125550134', 'US')).toBe(true);
    expect(gate.mayBeValid('12125550134', null)).toBe(true);
  });
});
