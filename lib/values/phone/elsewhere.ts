import {
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { memoised } from '../memo';
import { NumberGate } from './number-gate';
import { PrefixMemo } from './prefix-memo';

/**
 * Where a number that is not valid for the sub-account's country comes from: the seed FAQ's fix
 * for 1013 is "add the country code", so the message names the country and the code to add.
 */

/**
 * Countries tried for a number written as its own country writes it, with the trunk prefix "0"
 * (07911 123456, 0412 345 678): where HighLevel's agencies and their contacts mostly are (its
 * help pages' examples, and the sub-account countries the panel offers first). A number without
 * that "0" is read as North American only when it has NANP's ten digits; any other shape is
 * tried nowhere, so a short or mistyped number is not passed off as some far country's.
 */
const TRUNK_ZERO_COUNTRIES: readonly CountryCode[] = [
  'GB',
  'AU',
  'NZ',
  'IE',
  'ZA',
  'IN',
  'DE',
  'FR',
  'IT',
  'NL',
  'MX',
  'BR',
  'PH',
  'AE',
];
const NANP: readonly CountryCode[] = ['US'];
const NANP_NUMBER = /^[2-9]\d{9}$/;

/** The countries whose national reading a number of this shape may be. */
function likelyCountries(digits: string): readonly CountryCode[] {
  if (digits.startsWith('0')) return TRUNK_ZERO_COUNTRIES;
  return NANP_NUMBER.test(digits) ? NANP : [];
}

/**
 * Full tries of every likely country, per file: each costs ~17 parses, so a file of invalid
 * numbers must not pay it for every row. Countries already found are always tried first.
 */
const FULL_TRIES = 500;

export interface Elsewhere {
  /** The number in E.164. */
  e164: string;
  /** ISO code of the country it is valid in. */
  region: string;
  /** That country's calling code, with its '+': what the user adds. */
  callingCode: string;
  /** `national`: written as that country writes it (07911 123456); `international`: its country code without the '+'. */
  written: 'national' | 'international';
}

/** Per file: the countries found so far and the full tries left. */
export class ElsewhereFinder {
  private readonly found: CountryCode[] = [];
  private triesLeft = FULL_TRIES;
  /** Which readings are known invalid by their prefix key: '+' + the digits, and per country. */
  private readonly international: PrefixMemo;
  private readonly national = new Map<CountryCode, PrefixMemo>();

  constructor(
    private readonly home: CountryCode,
    private readonly metadata: MetadataJson,
    private readonly gate: NumberGate,
  ) {
    this.international = new PrefixMemo(home, metadata);
  }

  find(digits: string): Elsewhere | null {
    const international = this.parse(digits, null);
    if (international?.isValid() && international.country) {
      return {
        e164: international.number,
        region: this.named(international.countryCallingCode, international.country),
        callingCode: `+${international.countryCallingCode}`,
        written: 'international',
      };
    }
    // A country found earlier is tried only on numbers of the shape that found it: a local
    // number without its area code must not read as German because a German number came first.
    const likely = likelyCountries(digits).filter((country) => country !== this.home);
    const national = this.tryAll(
      digits,
      this.found.filter((country) => likely.includes(country)),
    );
    if (national || this.triesLeft <= 0) return national;
    const fresh = likely.filter((country) => !this.found.includes(country));
    if (fresh.length === 0) return null;
    this.triesLeft--;
    const result = this.tryAll(digits, fresh);
    if (result) this.found.push(result.region as CountryCode);
    return result;
  }

  /**
   * The country a message names: in North America the one the area code gives (a Canadian number
   * is Canada's); elsewhere the calling code's main country (+44 is the United Kingdom's, though
   * some of its ranges are Guernsey's or Jersey's).
   */
  private named(callingCode: string, country: string): string {
    if (callingCode === '1') return country;
    return this.metadata.country_calling_codes[callingCode]?.[0] ?? country;
  }

  /**
   * libphonenumber's reading of the digits in `country`, or with a '+' when null; undefined,
   * without asking it, when their length cannot fit there or numbers with the same prefix key
   * are known invalid there.
   */
  private parse(digits: string, country: CountryCode | null): PhoneNumber | undefined {
    if (!this.gate.mayBeValid(digits, country)) return undefined;
    const memo = country === null ? this.international : this.memoFor(country);
    const at = memo.keyOf({ plus: country === null, digits });
    if (memo.recallInvalid(at) !== null) return undefined;
    const number =
      country === null
        ? parsePhoneNumberFromString('+' + digits, this.metadata)
        : parsePhoneNumberFromString(digits, country, this.metadata);
    if (!number?.isValid()) memo.learnInvalid(at, 'invalid');
    return number;
  }

  private memoFor(country: CountryCode): PrefixMemo {
    let memo = this.national.get(country);
    if (!memo) {
      memo = new PrefixMemo(country, this.metadata);
      this.national.set(country, memo);
    }
    return memo;
  }

  private tryAll(digits: string, countries: readonly CountryCode[]): Elsewhere | null {
    for (const country of countries) {
      const number = this.parse(digits, country);
      if (number?.isValid()) {
        const callingCode = `+${number.countryCallingCode}`;
        const region = this.named(number.countryCallingCode, number.country ?? country);
        return { e164: number.number, region, callingCode, written: 'national' };
      }
    }
    return null;
  }
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });
/**
 * "United Kingdom" for GB: what a message calls a country. Remembered: asking Intl costs
 * microseconds, and 1013 names the country for every invalid number.
 */
export const countryName = memoised(displayName, 1000);

function displayName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country names English writes with "the": "a number from the United Kingdom". */
const TAKES_THE =
  /^(?:United |Netherlands|Philippines|Bahamas|Gambia|Czech|Dominican|Central African|Maldives|Marshall|Solomon|Comoros|Seychelles|Cayman|Falkland|Faroe|British|U\.S\.)/;

/** The country's name as it follows "from": "the United Kingdom", "Australia". */
export function fromCountry(code: string): string {
  const name = countryName(code);
  return TAKES_THE.test(name) ? `the ${name}` : name;
}
