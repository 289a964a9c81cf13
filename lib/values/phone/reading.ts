import {
  Metadata,
  ParseError,
  parsePhoneNumberWithError,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';

/** Why libphonenumber finds a number not valid, by its length (validatePhoneNumberLength). */
export type LengthReason = 'too-short' | 'too-long' | 'not-a-number';

export type Reading = { valid: true; e164: string } | { valid: false; reason: LengthReason };

/** validatePhoneNumberLength's answer, in the reason's words. */
function reasonOf(answer: string | undefined): LengthReason {
  if (answer === 'TOO_SHORT') return 'too-short';
  return answer === 'TOO_LONG' ? 'too-long' : 'not-a-number';
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
  private readonly plans: Metadata;
  /** Possible national number lengths by country or calling code, sorted. */
  private readonly lengths = new Map<string, readonly number[] | undefined>();

  constructor(private readonly metadata: MetadataJson) {
    this.plans = new Metadata(metadata);
  }

  read(text: string, country: CountryCode): Reading {
    const number = this.parse(text, country);
    if (typeof number === 'string') return { valid: false, reason: number };
    if (number.isValid()) return { valid: true, e164: number.number };
    return { valid: false, reason: this.lengthReason(number) };
  }

  /** validatePhoneNumberLength's answer alone ('not-a-number' also when the length is possible). */
  whyNot(text: string, country: CountryCode): LengthReason {
    const number = this.parse(text, country);
    return typeof number === 'string' ? number : this.lengthReason(number);
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
    const national = nationalNumber as string;
    const possible = this.possibleLengths(country ?? countryCallingCode);
    if (!possible || possible.length === 0) return 'not-a-number';
    if (national.length < (possible[0] as number)) return 'too-short';
    return national.length > (possible.at(-1) as number) ? 'too-long' : 'not-a-number';
  }

  private possibleLengths(plan: string): readonly number[] | undefined {
    if (!this.lengths.has(plan)) {
      this.plans.selectNumberingPlan(plan as CountryCode);
      const reader = this.plans.numberingPlan as unknown as { possibleLengths(): number[] };
      this.lengths.set(plan, reader.possibleLengths());
    }
    return this.lengths.get(plan);
  }
}
