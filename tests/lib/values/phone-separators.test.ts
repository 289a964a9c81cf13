import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHONE_SEPARATOR } from '../../../lib/regexes';
import { splitAtPhoneSeparators } from '../../../lib/values/phone/separators';
import { FORMER_REGEXES } from '../former-regexes';

const FORMER = FORMER_REGEXES.MULTI_PHONE_SEPARATOR;

/** Text made of what the separators are made of, so that near misses are common. */
const cell = fc.string({
  unit: fc.constantFrom(
    ' ',
    '\n',
    '\t',
    '\u00A0',
    ';',
    ',',
    '/',
    '|',
    ':',
    'or',
    'OR',
    'and',
    '&',
    'a',
    '5',
  ),
  maxLength: 14,
});

describe('splitAtPhoneSeparators', () => {
  it('splits as the former expression did, which PHONE_SEPARATOR finds as it did', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(splitAtPhoneSeparators(text)).toEqual(text.split(FORMER));
        expect(PHONE_SEPARATOR.test(text)).toBe(FORMER.test(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['555 1234 or 555 9876', ['555 1234', '555 9876']],
    ['555 1234 ::: 555 9876', ['555 1234', '555 9876']],
    ['555\nor 666', ['555', 'or 666']],
    ['555 \n \n 666', ['555', '666']],
    ['555 ; ; 666', ['555', '', '666']],
    ['(555) 123-4567', ['(555) 123-4567']],
  ])('%j', (text, pieces) => {
    expect(splitAtPhoneSeparators(text)).toEqual(pieces);
  });
});
