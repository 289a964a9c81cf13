import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinStrings, splitStrings, stringAt } from '../../../utils/report-index/joined-strings';

describe('strings joined into one text', () => {
  it('come back as they were, empty ones and surrogate pairs too, whole or one at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (list) => {
        const joined = joinStrings(list);
        expect(splitStrings(structuredClone(joined))).toEqual(list);
        list.forEach((text, k) => expect(stringAt(joined, k)).toBe(text));
      }),
    );
  });
});
