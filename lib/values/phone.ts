import {
  isSupportedCountry as hasMetadataFor,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import {
  LETTER,
  NON_DIGITS,
  PHONE_CHARACTERS,
  PHONE_EXTENSION,
  PHONE_SEPARATOR,
  PLAIN_PHONE,
  SCIENTIFIC_NUMBER,
  UNICODE_DASHES,
} from '../regexes';
import { ElsewhereFinder, type Elsewhere } from './phone/elsewhere';
import { NumberGate } from './phone/number-gate';
import { remember } from './memo';
import { PrefixMemo, type Dialled, type PrefixKey } from './phone/prefix-memo';
import { NumberReader } from './phone/reading';
import { splitAtPhoneSeparators } from './phone/separators';

/**
 * Phone judgement with libphonenumber-js, plus an exact fast path: libphonenumber costs ~10 µs a
 * number, too slow for large files. Its verdict for a number rarely depends on the last digits in
 * detail, so verdicts are remembered per "prefix + what the last K digits look like to the
 * metadata patterns" (see `phone/prefix-memo.ts`), a key many different numbers share.
 */

export type PhoneVerdict =
  | { status: 'empty' }
  | { status: 'valid'; e164: string }
  | ({ status: 'other-country' } & Elsewhere)
  | { status: 'scientific' }
  | {
      status: 'invalid';
      reason: 'letters' | 'too-short' | 'too-long' | 'extension' | 'not-a-number';
    };

export interface PhoneJudge {
  country: string;
  judge(value: string): PhoneVerdict;
}

type InvalidReason = Extract<PhoneVerdict, { status: 'invalid' }>['reason'];

const EMPTY: PhoneVerdict = { status: 'empty' };
const SCIENTIFIC: PhoneVerdict = { status: 'scientific' };
const invalid = (reason: InvalidReason): PhoneVerdict => ({ status: 'invalid', reason });

export function isSupportedCountry(country: string, metadata: MetadataJson): boolean {
  return hasMetadataFor(country as CountryCode, metadata);
}

export function createPhoneJudge(country: string, metadata: MetadataJson): PhoneJudge {
  if (!isSupportedCountry(country, metadata)) {
    throw new Error(
      `Cannot check phone numbers for country "${country}": libphonenumber-js has no metadata for it (use a two-letter code such as US).`,
    );
  }
  return new Judge(country as CountryCode, metadata);
}

/** PF07: the numbers in a cell that holds several; a single number comes back as `[value]`. */
export function splitPhones(value: string): string[] {
  // Nearly every cell holds one number: a quick test spares the scan and its arrays.
  if (!PHONE_SEPARATOR.test(value)) return [value];
  const pieces = splitAtPhoneSeparators(value)
    .map((piece) => piece.trim())
    .filter((piece) => piece.replace(NON_DIGITS, '').length >= 7);
  return pieces.length >= 2 ? pieces : [value];
}

/** Cheap rejections, then the '+' and digits libphonenumber would read. */
function dial(value: string): Dialled | PhoneVerdict {
  const text = value.trim().replace(UNICODE_DASHES, '-');
  if (!text) return EMPTY;
  if (!PLAIN_PHONE.test(text)) {
    if (SCIENTIFIC_NUMBER.test(text)) return SCIENTIFIC;
    if (hasExtension(text)) return invalid('extension');
    if (LETTER.test(text)) return invalid('letters');
    if (!PHONE_CHARACTERS.test(text)) return invalid('not-a-number');
  }
  const digits = text.replace(NON_DIGITS, '');
  if (!digits) return invalid('not-a-number');
  // "00" is the international prefix in most countries: read it as '+'.
  if (text.startsWith('00')) return { plus: true, digits: digits.slice(2) };
  return { plus: text.startsWith('+'), digits };
}

function hasExtension(text: string): boolean {
  const match = PHONE_EXTENSION.exec(text);
  if (!match) return false;
  const number = text.slice(0, match.index);
  return number.replace(NON_DIGITS, '') !== '' && !LETTER.test(number);
}

class Judge implements PhoneJudge {
  private readonly exact = new Map<string, PhoneVerdict>();
  private readonly prefixes: PrefixMemo;
  private readonly elsewhere: ElsewhereFinder;
  private readonly gate: NumberGate;
  private readonly reader: NumberReader;

  constructor(
    readonly country: CountryCode,
    metadata: MetadataJson,
  ) {
    this.prefixes = new PrefixMemo(country, metadata);
    this.gate = new NumberGate(metadata);
    this.reader = new NumberReader(metadata);
    this.elsewhere = new ElsewhereFinder(country, metadata, this.gate);
  }

  judge(value: string): PhoneVerdict {
    const dialled = dial(value);
    if ('status' in dialled) return dialled;
    const at = this.prefixes.keyOf(dialled);
    const fast = this.prefixes.recall(at, dialled.digits);
    if (fast !== null) return { status: 'valid', e164: fast };
    const key = (dialled.plus ? '+' : '') + dialled.digits;
    let verdict = this.exact.get(key);
    if (!verdict) {
      verdict = this.consult(dialled, at);
      const learnt =
        verdict.status === 'valid' && this.prefixes.learn(at, dialled.digits, verdict.e164);
      if (!learnt) remember(this.exact, key, verdict);
    }
    return verdict;
  }

  /**
   * The slow path: plain libphonenumber, then where else the number would be valid. Whether it is
   * invalid here, and why, is remembered by its prefix key, which many invalid numbers share.
   */
  private consult(dialled: Dialled, at: PrefixKey | null): PhoneVerdict {
    const text = (dialled.plus ? '+' : '') + dialled.digits;
    const known = this.prefixes.recallInvalid(at) as InvalidReason | null;
    let reason = known;
    if (
      known === null &&
      this.gate.mayBeValid(dialled.digits, dialled.plus ? null : this.country)
    ) {
      const own = this.reader.read(text, this.country);
      if (own.valid) return { status: 'valid', e164: own.e164 };
      reason = own.reason;
    }
    const abroad = dialled.plus ? null : this.elsewhere.find(dialled.digits);
    if (abroad) return { status: 'other-country', ...abroad };
    if (known !== null) return invalid(known);
    // The gate turned it away unread: read now, for why.
    reason ??= this.reader.whyNot(text, this.country);
    this.prefixes.learnInvalid(at, reason);
    return invalid(reason);
  }
}
