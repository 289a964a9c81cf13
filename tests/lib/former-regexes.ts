/**
 * The expressions issue 11 found super-linear, as they were: right on short text, quadratic on a
 * long crafted cell. tests/lib/regexes.test.ts holds each rewrite to its former self on short
 * text; tests/lib/growth.test.ts shows that its measure fails every one of them.
 */
export const FORMER_REGEXES = {
  EMAIL_NAME_ADDR: /<([^<>\s]+@[^<>\s]+)>/,
  EMAIL_TRAILING_PUNCT: /[.,;:!?'")\]]+$/,
  LINE_BREAKS: /\s*[\r\n]+\s*/g,
  MULTI_PHONE_SEPARATOR: /\s*(?:[;,/|\n]|:::|\s(?:or|and|&)\s)\s*/i,
  PHONE_CHARACTERS: /^\+?[\d\s().\-/]*(?:\s*(?:ext\.?|x|#)\s*\d+)?$/i,
  PHONE_EXTENSION: /\s*(?:#|x|ext\.?|extn\.?|extension)\s*:?\s*\d{1,7}$/i,
  TRAILING_TIME:
    /[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/,
};
