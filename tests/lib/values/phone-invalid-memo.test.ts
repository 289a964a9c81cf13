import metadataJson from 'libphonenumber-js/metadata.max.json';
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { steadyGrowthRatio } from '../../growth-ratio';
import { createPhoneJudge } from '../../../lib/values/phone';
import { PrefixMemo, type Dialled } from '../../../lib/values/phone/prefix-memo';

const metadata = metadataJson as unknown as MetadataJson;
const COUNTRIES: CountryCode[] = ['US', 'GB', 'AU', 'DE', 'IN', 'FR', 'BR', 'AR', 'MX', 'IT', 'RU'];

/** A seeded source of digits, so a failure can be replayed. */
function digitSource(seed: number) {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
  const digits = (length: number) => Array.from({ length }, () => next(10)).join('');
  return { next, digits };
}

/** Mostly invalid numbers: local numbers without area codes, random digits, trunk zeros, '+'. */
function mostlyInvalid(count: number): Dialled[] {
  const { next, digits } = digitSource(12);
  const numbers: Dialled[] = [];
  for (let i = 0; i < count; i++) {
    const shape = next(4);
    if (shape === 0) numbers.push({ plus: false, digits: digits(7) });
    else if (shape === 1) numbers.push({ plus: false, digits: digits(4 + next(11)) });
    else if (shape === 2) numbers.push({ plus: false, digits: '0' + digits(5 + next(8)) });
    else numbers.push({ plus: true, digits: digits(5 + next(10)) });
  }
  return numbers;
}

const textOf = ({ plus, digits }: Dialled) => (plus ? '+' : '') + digits;

describe('the prefix memo on invalid numbers', { timeout: 60_000 }, () => {
  it('says a number is invalid, with its length, only when libphonenumber does', () => {
    let answered = 0;
    const wrong: string[] = [];
    for (const country of COUNTRIES) {
      const memo = new PrefixMemo(country, metadata);
      for (const dialled of mostlyInvalid(3000)) {
        const text = textOf(dialled);
        const valid = parsePhoneNumberFromString(text, country, metadata)?.isValid() ?? false;
        const length = String(validatePhoneNumberLength(text, country, metadata));
        const at = memo.keyOf(dialled);
        const known = memo.recallInvalid(at);
        if (known !== null) {
          answered++;
          if (valid || known !== length) wrong.push(`${country} ${text}: memo ${known}`);
        } else if (!valid) memo.learnInvalid(at, length);
      }
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(4000); // the memo really answered
  });

  it("knows '+' numbers invalid as libphonenumber reads them without a country", () => {
    const memo = new PrefixMemo('US', metadata);
    let answered = 0;
    const wrong: string[] = [];
    for (const { digits } of mostlyInvalid(20_000)) {
      const at = memo.keyOf({ plus: true, digits });
      const valid = parsePhoneNumberFromString('+' + digits, metadata)?.isValid() ?? false;
      if (memo.recallInvalid(at) !== null) {
        answered++;
        if (valid) wrong.push(digits);
      } else if (!valid) memo.learnInvalid(at, 'invalid');
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(3000);
  });
});

describe('the phone judge on invalid numbers', { timeout: 60_000 }, () => {
  it('gives the reason libphonenumber gives, warm or fresh', () => {
    const warm = createPhoneJudge('US', metadata);
    const wrong: string[] = [];
    for (const dialled of mostlyInvalid(20_000)) {
      const text = textOf(dialled);
      const verdict = warm.judge(text);
      if (verdict.status !== 'invalid') continue;
      const fresh = createPhoneJudge('US', metadata).judge(text);
      if (JSON.stringify(fresh) !== JSON.stringify(verdict)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a file of numbers invalid for its country', () => {
  it('takes about twice as long for twice as many numbers (no cost that grows per file)', () => {
    const files = (n: number) => [mostlyInvalid(n).map(textOf)];
    const checkAll = (values: string[]) => {
      const judge = createPhoneJudge('US', metadata);
      for (const value of values) judge.judge(value);
    };
    // Linear work gives about 2; the engine's growth tests allow 3 (tests/lib/growth.test.ts).
    expect(steadyGrowthRatio(files, checkAll, 2000, 7)).toBeLessThan(3);
  });
});
