import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import { NON_DIGITS, TRANSFORM_GROUP } from '../../regexes';
import { lengthRange, parsePattern } from './metadata-patterns';
import { anchoredPrefix, planReader, type PlanReader } from './plan-reader';

/**
 * A necessary condition for libphonenumber-js to find digits valid: the national number it
 * validates must fit the national number pattern of a country of the calling code, first by its
 * length, then by the pattern itself. Asking libphonenumber costs 15–25 µs (for a North American
 * number it tries the patterns of 25 countries, compiling each); this costs a few comparisons and
 * a regex test or two, so a file of numbers that are not valid anywhere is not read country by
 * country at that price.
 *
 * From the digits to the national number (libphonenumber-js parse.js, extractNationalNumber.js):
 * the calling code comes off ('+' numbers, or national ones that start with it), then a national
 * prefix match of at most `strip` digits (or of the whole rest, for an alternative anchored with
 * '$'), which a transform rule may replace by its groups plus at most `grow` digits of its own. So
 * the national number has between L - code - strip and L + grow digits, where L is the digits'
 * length; and without a transform rule it is what follows the calling code with at most `strip`
 * more digits taken off the front, which isValid holds to the national number pattern of the
 * country it is read in (helpers/getNumberType.js, isValid.js).
 */

interface Bounds {
  /** Shortest and longest national number any country of the calling code accepts. */
  shortest: number;
  longest: number;
  /** Most digits a national prefix match removes, and a whole number it may match ('$'). */
  strip: number;
  whole: number;
  /** Most digits a transform rule adds. */
  grow: number;
  /**
   * The national number patterns of every country of the calling code, as one: null when a
   * transform rule may rewrite the national number, which is then no longer a piece of the digits.
   */
  pattern: RegExp | null;
}

/** One country's numbering plan, as the gate reads it. */
interface Plan extends Omit<Bounds, 'pattern'> {
  pattern: string;
  transforms: boolean;
}

/**
 * The most digits a national prefix match removes: `strip` for matches anywhere, `whole` for
 * alternatives anchored with '$' ("([2-9]\\d{6})$|1"), which match only a number that short.
 * Infinity when the pattern cannot be analysed.
 */
function prefixLengths(pattern: string | 0 | undefined): { strip: number; whole: number } {
  if (!pattern) return { strip: 0, whole: 0 };
  try {
    let strip = 0;
    let whole = 0;
    for (const alternative of parsePattern(pattern)) {
      const longest = lengthRange([alternative])[1];
      const anchored = alternative.some((item) => item.node === 0 && item.max === 0);
      if (anchored) whole = Math.max(whole, longest);
      else strip = Math.max(strip, longest);
    }
    return { strip, whole };
  } catch {
    return { strip: Infinity, whole: Infinity };
  }
}

function patternRange(pattern: string): [number, number] {
  try {
    return lengthRange(parsePattern(pattern));
  } catch {
    return [0, Infinity];
  }
}

/** Digits a transform rule writes besides its groups ("242$1" writes 3). */
function ownDigits(rule: string | 0 | undefined): number {
  return rule ? rule.replace(TRANSFORM_GROUP, '').replace(NON_DIGITS, '').length : 0;
}

export class NumberGate {
  /** By calling code ('+' readings) or by country (national readings). */
  private readonly bounds = new Map<string, Bounds | null>();
  private readonly idd = new Map<CountryCode, RegExp | null>();
  private readonly plan: (code: string) => PlanReader;

  constructor(private readonly metadata: MetadataJson) {
    this.plan = planReader(metadata);
  }

  /**
   * False only when libphonenumber cannot find the digits valid: read with a '+' (country null)
   * or as `country` writes its numbers.
   */
  mayBeValid(digits: string, country: CountryCode | null): boolean {
    return country === null ? this.international(digits) : this.national(digits, country);
  }

  /** '+' + digits: no calling code, or no country of it whose lengths and patterns fit. */
  private international(digits: string): boolean {
    for (let length = 1; length <= 3 && length <= digits.length; length++) {
      const code = digits.slice(0, length);
      // Non-geographic codes (+800, +870) have no countries whose lengths this reads.
      if (this.metadata.nonGeographic?.[code]) return true;
      if (this.metadata.country_calling_codes[code]) {
        const bounds = this.boundsOf(code);
        return (
          !bounds || (fits(bounds, digits.length - length, 0) && matches(bounds, digits, length))
        );
      }
    }
    return false;
  }

  private national(digits: string, country: CountryCode): boolean {
    // A number dialled from abroad (011 44…) is read as international: not judged here.
    if (this.iddOf(country)?.test(digits)) return true;
    const code = this.metadata.countries[country]?.[0];
    const bounds = code && this.boundsOf(code, country);
    if (!bounds) return true;
    const withCode = digits.startsWith(code);
    return (
      fits(bounds, digits.length, withCode ? code.length : 0) &&
      (matches(bounds, digits, 0) || (withCode && matches(bounds, digits, code.length)))
    );
  }

  /**
   * The lengths and patterns any country of the calling code accepts, and the prefix rules of
   * `country` (a national reading follows its own) or of the calling code's main country (a '+'
   * reading follows its, parse.js). Null (no gate) for codes without countries.
   */
  private boundsOf(callingCode: string, country?: CountryCode): Bounds | null {
    const key = country ?? callingCode;
    let bounds = this.bounds.get(key);
    if (bounds === undefined) {
      const countries = this.metadata.country_calling_codes[callingCode] ?? [];
      const known = countries.every((each) => this.metadata.countries[each]);
      const all = known ? countries.map((each) => this.read(each as CountryCode)) : [];
      const own = country ? [this.read(country)] : all.slice(0, 1);
      bounds = all.length
        ? {
            shortest: Math.min(...all.map((plan) => plan.shortest)),
            longest: Math.max(...all.map((plan) => plan.longest)),
            strip: Math.max(...own.map((plan) => plan.strip)),
            whole: Math.max(...own.map((plan) => plan.whole)),
            grow: Math.max(...own.map((plan) => plan.grow)),
            pattern: own.some((plan) => plan.transforms)
              ? null
              : new RegExp(`^(?:${all.map((plan) => plan.pattern).join('|')})$`),
          }
        : null;
      this.bounds.set(key, bounds);
    }
    return bounds;
  }

  private read(country: CountryCode): Plan {
    const plan = this.plan(country);
    const pattern = plan.nationalNumberPattern();
    const [shortest, longest] = patternRange(pattern);
    const rule = plan.nationalPrefixTransformRule();
    const lengths = prefixLengths(plan.nationalPrefixForParsing());
    return { shortest, longest, grow: ownDigits(rule), ...lengths, pattern, transforms: !!rule };
  }

  private iddOf(country: CountryCode): RegExp | null {
    let idd = this.idd.get(country);
    if (idd === undefined) {
      idd = anchoredPrefix(this.plan(country).IDDPrefix());
      this.idd.set(country, idd);
    }
    return idd;
  }
}

/** Whether a national number can come out of `length` digits (`codeDigits` of them a calling code). */
function fits(bounds: Bounds, length: number, codeDigits: number): boolean {
  const national = length - codeDigits;
  return (
    length + bounds.grow >= bounds.shortest &&
    (national - bounds.strip <= bounds.longest || national <= bounds.whole)
  );
}

/**
 * Whether a national number read from the digits after `from` (at most `strip` more taken off the
 * front by a national prefix) can match a national number pattern of the calling code.
 */
function matches(bounds: Bounds, digits: string, from: number): boolean {
  if (!bounds.pattern) return true;
  const last = Math.min(digits.length, from + bounds.strip);
  for (let start = from; start <= last; start++) {
    if (bounds.pattern.test(digits.slice(start))) return true;
  }
  return false;
}
