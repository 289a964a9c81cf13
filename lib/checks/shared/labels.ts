export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars (|)',
};

/** Why a phone is invalid, in the words of 1004 and 1013 messages. */
export const PHONE_HINTS = {
  letters: 'It contains letters; write the number in digits.',
  'too-short': 'It has too few digits.',
  'too-long': 'It has too many digits.',
  extension: "HighLevel's phone field has no room for an extension; move it to a note.",
  'not-a-number': 'It is not a phone number.',
} as const;
