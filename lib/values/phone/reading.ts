import {
  ParseError,
  parsePhoneNumberWithError,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { anchoredPrefix, planReader, type PlanReader } from './plan-reader';

/** Why libphonenumber finds a number not valid, by its length (validatePhoneNumberLength). */
export type LengthReason = 'too-short' | 'too-long' | 'not-a-number';

export type Reading = { valid: true; e164: string } | { valid: false; reason: LengthReason };

/** validatePhoneNumberLength's answer, in the reason's words. */
function reasonOf(answer: string | undefined): LengthReason {
  if (answer === 'TOO_SHORT') return 'too-short';
  return answer === 'TOO_LONG' ? 'too-long' : 'not-a-number';
}

const ALL_DIGITS = /^\d+$/;

/**
 * A country's prefixes, anchored, and the countries of its calling code in metadata order, each
 * with its leading digits (anchored) and its national number pattern (whole).
 */
interface NationalRules {
  callingCode: string;
  idd: RegExp | null;
  nationalPrefix: RegExp | null;
  plans: readonly { country: string; leading: RegExp | null; pattern: RegExp }[];
}

/**
 * A number as libphonenumber reads it in a country, in one parse: valid, with its E.164, or why
 * not, as validatePhoneNumberLength would say. Asking isValid and then validatePhoneNumberLength
 * parsed every invalid number twice (15–25 µs each), and files of invalid numbers have one a row.
 * The length check is libphonenumber-js's own (helpers/checkNumberLength.js, for no number type):
 * the national number's length against the possible lengths of the country it was read in;
 * property-tested against validatePhoneNumberLength.
 */
export class NumberReader {
  private readonly plan: (code: string) => PlanReader;
  /** Possible national number lengths by country or calling code, sorted. */
  private readonly lengths = new Map<string, readonly number[] | undefined>();
  private readonly rules = new Map<CountryCode, NationalRules>();

  constructor(private readonly metadata: MetadataJson) {
    this.plan = planReader(metadata);
  }

  read(text: string, country: CountryCode): Reading {
    const number = this.parse(text, country);
    if (typeof number === 'string') return { valid: false, reason: number };
    if (number.isValid()) return { valid: true, e164: number.number };
    return { valid: false, reason: this.lengthReason(number) };
  }

  /** validatePhoneNumberLength's answer alone ('not-a-number' also when the length is possible). */
  whyNot(text: string, country: CountryCode): LengthReason {
    const plain = this.plainReason(text, country);
    if (plain !== null) return plain;
    const number = this.parse(text, country);
    return typeof number === 'string' ? number : this.lengthReason(number);
  }

  /**
   * validatePhoneNumberLength's answer without parsing, for digits libphonenumber reads whole as
   * the national number: no '+', and no international prefix, calling code or national prefix at
   * their start (parse.js, extractCountryCallingCode.js, extractNationalNumber.js). Their length
   * then decides, against the possible lengths of the country they are read in, one of the
   * calling code's: when those countries class it alike, any; else the one `readIn` finds. Null
   * for any other shape (then parse). Half the numbers in a file of invalid ones reached
   * libphonenumber only for this. The rules mirror libphonenumber-js 1.13's code: the property
   * tests hold them to it, and would fail on a version that reads numbers otherwise.
   */
  private plainReason(text: string, country: CountryCode): LengthReason | null {
    // libphonenumber takes 2 to 17 digits as a national number (MIN_ and MAX_LENGTH_FOR_NSN).
    if (text.length < 2 || text.length > 17 || !ALL_DIGITS.test(text)) return null;
    const rules = this.rulesOf(country);
    if (text.startsWith(rules.callingCode)) return null;
    if (rules.idd?.test(text) || rules.nationalPrefix?.test(text)) return null;
    let reason: LengthReason | null = null;
    for (const { country: plan } of rules.plans) {
      const each = this.byLength(text.length, plan);
      if (reason !== null && each !== reason) return this.readIn(text, rules, country);
      reason = each;
    }
    return reason;
  }

  /**
   * The answer in the country libphonenumber reads the digits in, where the calling code's
   * countries class their length differently (getCountryByNationalNumber.js): the first whose
   * leading digits start them, or, for one without, whose number types take them, which its
   * national number pattern must first (getNumberType.js): if it does, null (parse). None: the
   * country asked.
   */
  private readIn(text: string, rules: NationalRules, asked: CountryCode): LengthReason | null {
    for (const { country, leading, pattern } of rules.plans) {
      if (leading ? leading.test(text) : pattern.test(text)) {
        return leading ? this.byLength(text.length, country) : null;
      }
    }
    return this.byLength(text.length, asked);
  }

  private rulesOf(country: CountryCode): NationalRules {
    let rules = this.rules.get(country);
    if (!rules) {
      const plan = this.plan(country);
      const callingCode = plan.callingCode();
      const idd = anchoredPrefix(plan.IDDPrefix());
      const nationalPrefix = anchoredPrefix(plan.nationalPrefixForParsing());
      const countries = this.metadata.country_calling_codes[callingCode] ?? [];
      rules = {
        callingCode,
        idd,
        nationalPrefix,
        plans: countries.map((each) => {
          const other = this.plan(each);
          const pattern = new RegExp(`^(?:${other.nationalNumberPattern()})$`);
          return { country: each, leading: anchoredPrefix(other.leadingDigits()), pattern };
        }),
      };
      this.rules.set(country, rules);
    }
    return rules;
  }

  private parse(text: string, country: CountryCode): PhoneNumber | LengthReason {
    try {
      return parsePhoneNumberWithError(text, country, this.metadata);
    } catch (error) {
      if (error instanceof ParseError) return reasonOf(error.message);
      throw error;
    }
  }

  /** The national number's length against the lengths possible where it was read. */
  private lengthReason({ nationalNumber, country, countryCallingCode }: PhoneNumber): LengthReason {
    return this.byLength((nationalNumber as string).length, country ?? countryCallingCode);
  }

  private byLength(length: number, plan: string): LengthReason {
    const possible = this.possibleLengths(plan);
    if (!possible || possible.length === 0) return 'not-a-number';
    if (length < (possible[0] as number)) return 'too-short';
    return length > (possible.at(-1) as number) ? 'too-long' : 'not-a-number';
  }

  private possibleLengths(plan: string): readonly number[] | undefined {
    if (!this.lengths.has(plan)) {
      this.lengths.set(plan, this.plan(plan).possibleLengths());
    }
    return this.lengths.get(plan);
  }
}
