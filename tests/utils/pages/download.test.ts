import { describe, expect, it } from 'vitest';
import { derivedName } from '../../../utils/pages/download';

describe('derivedName', () => {
  it.each([
    ['contacts.csv', 'contacts-cleaned.csv'],
    ['Keap Export 2025.CSV', 'Keap Export 2025-cleaned.csv'],
    ['no-extension', 'no-extension-cleaned.csv'],
    ['archive.v2.csv', 'archive.v2-cleaned.csv'],
  ])('%s → %s', (name, expected) => {
    expect(derivedName(name, 'cleaned')).toBe(expected);
  });
});
