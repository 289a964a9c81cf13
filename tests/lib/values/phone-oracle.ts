import {
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';

/**
 * Why libphonenumber-js itself finds a number invalid, in the judge's words: the tests' oracle,
 * written apart from lib/values/phone/reading.ts, which it checks.
 */
export function libphonenumberReason(text: string, country: CountryCode, metadata: MetadataJson) {
  const length = validatePhoneNumberLength(text, country, metadata);
  if (length === 'TOO_SHORT') return 'too-short';
  return length === 'TOO_LONG' ? 'too-long' : 'not-a-number';
}
