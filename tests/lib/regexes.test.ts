import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_ANGLE_BRACKETS,
  EMAIL_TRAILING_PUNCT,
  LINE_BREAKS,
  PHONE_CHARACTERS,
  PHONE_EXTENSION,
  TRAILING_TIME,
} from '../../lib/regexes';
import { FORMER_REGEXES } from './former-regexes';

/**
 * The expressions rewritten to be linear, each against the one it replaced (quadratic on long
 * text, right on short text), on short text made of the characters each deals in.
 */
const REWRITES: { name: string; now: RegExp; former: RegExp; units: string[] }[] = [
  {
    name: 'EMAIL_TRAILING_PUNCT',
    now: EMAIL_TRAILING_PUNCT,
    former: FORMER_REGEXES.EMAIL_TRAILING_PUNCT,
    units: ['.', ',', ';', ':', '!', '?', "'", '"', ')', ']', 'a', '@', ' '],
  },
  {
    name: 'LINE_BREAKS',
    now: LINE_BREAKS,
    former: FORMER_REGEXES.LINE_BREAKS,
    units: [' ', '\t', '\r', '\n', '\u00A0', '\u2028', 'a'],
  },
  {
    name: 'PHONE_CHARACTERS',
    now: PHONE_CHARACTERS,
    former: FORMER_REGEXES.PHONE_CHARACTERS,
    units: ['+', '1', ' ', '(', ')', '.', '-', '/', 'ext', 'EXT.', 'x', '#', 'a'],
  },
  {
    name: 'PHONE_EXTENSION',
    now: PHONE_EXTENSION,
    former: FORMER_REGEXES.PHONE_EXTENSION,
    units: [' ', '\t', ':', '#', 'x', 'X', 'ext', 'ext.', 'extn', 'extension', '1', '12345', 'a'],
  },
  {
    name: 'TRAILING_TIME',
    now: TRAILING_TIME,
    former: FORMER_REGEXES.TRAILING_TIME,
    units: [' ', 'T', '1', '12', ':', '.', 'AM', 'p.m.', 'Z', '+', '-', '0100', '2025-03-14'],
  },
];

/** Everything a caller can see: where each match is and what it holds, and the replaced text. */
function matches(pattern: RegExp, text: string): unknown {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  const found = [...text.matchAll(global)].map((match) => [match.index, ...match]);
  const replaced = text.replace(pattern, '<>');
  pattern.lastIndex = 0; // a global expression's test starts where the last one stopped
  return { found, replaced, test: pattern.test(text) };
}

describe('expressions rewritten to be linear', () => {
  it.each(REWRITES)('$name matches as the expression it replaced', ({ now, former, units }) => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 12 }), (text) => {
        expect(matches(now, text)).toEqual(matches(former, text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('EMAIL_ANGLE_BRACKETS, first with an `@` inside, finds the name-addr the former one found', () => {
    const former = FORMER_REGEXES.EMAIL_NAME_ADDR;
    const units = ['<', '>', '@', 'a', ' ', '.'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 12 }), (text) => {
        const now = [...text.matchAll(EMAIL_ANGLE_BRACKETS)]
          .map(([, inside = '']) => inside)
          .find((inside) => inside.slice(1, -1).includes('@'));
        expect(now).toEqual(former.exec(text)?.[1]);
      }),
      { numRuns: 10_000 },
    );
  });
});
