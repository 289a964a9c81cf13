import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapColumns, tidyHeader } from '../../lib/mapping';
import { steadyGrowthRatio } from '../growth-ratio';
import { defaultSettings, parseSettings } from '../../lib/settings';

const fields = (headers: string[], settings = defaultSettings()) =>
  mapColumns(headers, settings).map((c) => c.field);

describe('mapColumns', () => {
  it('maps the headers other CRMs export, whatever their case and punctuation', () => {
    expect(
      fields([
        'first_name',
        'FirstName',
        'Given Name',
        'LAST NAME',
        'E-mail Address',
        'phone1',
        'Company',
        'zip',
        'ZIP/Postal Code',
      ]),
    ).toEqual([
      'firstName',
      'firstName',
      'firstName',
      'lastName',
      'email',
      'phone',
      'companyName',
      'postalCode',
      'postalCode',
    ]);
  });

  it('marks a second column for the same field as extra (second phone or email column)', () => {
    const columns = mapColumns(
      ['Name', 'Phone 1', 'Phone 2', 'Email', 'Email 2'],
      defaultSettings(),
    );
    expect(columns.map((c) => [c.field, c.extra])).toEqual([
      ['fullName', false],
      ['phone', false],
      ['phone', true],
      ['email', false],
      ['email', true],
    ]);
  });

  it('leaves unknown headers unmapped, as custom-field candidates', () => {
    expect(fields(['Lifecycle Stage', 'Favourite colour'])).toEqual([null, null]);
  });

  it('maps a header to a configured custom field of the same name', () => {
    const parsed = parseSettings({
      customFields: [{ name: 'Lifecycle Stage', type: 'dropdown', options: ['Lead'] }],
    });
    if (!parsed.ok) throw new Error('settings');
    const [column] = mapColumns(['lifecycle stage'], parsed.settings);
    expect(column).toMatchObject({
      field: 'custom:Lifecycle Stage',
      kind: 'enum',
      source: 'custom-field',
    });
  });

  it('lets settings override a mapping or ignore a column', () => {
    const parsed = parseSettings({ mapping: { 'Cell #': 'phone', Email: null } });
    if (!parsed.ok) throw new Error('settings');
    expect(fields(['Cell #', 'Email'], parsed.settings)).toEqual(['phone', null]);
  });

  it('maps the Outlook, Salesforce and ACT! headers for names, email and phone', () => {
    const text = readFileSync(
      new URL('../fixtures/crm-exports/suitecrm_import_map_contact_headers.csv', import.meta.url),
      'utf8',
    );
    const rows = text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const wanted: Record<string, string> = {
      first_name: 'firstName',
      last_name: 'lastName',
      email1: 'email',
      phone_mobile: 'phone',
      primary_address_city: 'city',
      primary_address_postalcode: 'postalCode',
    };
    const checked = rows.filter(([, , field]) => field && field in wanted);
    expect(checked.length).toBeGreaterThan(5);
    for (const [, header, field] of checked) {
      expect([header, fields([header!])[0]]).toEqual([header, wanted[field!]]);
    }
  });
});

describe('tidyHeader', () => {
  it('names empty headers and renames duplicates', () => {
    expect(tidyHeader(['Email', '', 'email', 'Email'])).toEqual({
      names: ['Email', 'Column 2', 'email (2)', 'Email (3)'],
      emptyNames: [1],
      renamed: [
        { index: 2, from: 'email', to: 'email (2)' },
        { index: 3, from: 'Email', to: 'Email (3)' },
      ],
    });
  });

  it('skips numbers a header already takes, per name', () => {
    const { names } = tidyHeader(['Tag', 'tag (3)', 'Tag', 'Tag', 'Tag', 'Note', 'note']);
    expect(names).toEqual(['Tag', 'tag (3)', 'Tag (2)', 'Tag (4)', 'Tag (5)', 'Note', 'note (2)']);
  });

  it('renames N duplicates in time linear in N', () => {
    // Restarting the count at 2 for each duplicate made this ratio about 4.
    const header = (n: number) => [Array.from({ length: n }, () => 'Email')];
    expect(steadyGrowthRatio(header, tidyHeader, 4_000)).toBeLessThan(3);
  });
});

describe('settings', () => {
  it('rejects a mapping to a field that does not exist, naming it', () => {
    const parsed = parseSettings({ mapping: { Foo: 'custom:Nope' } });
    expect(parsed).toEqual({ ok: false, errors: [expect.stringContaining('mapping.Foo')] });
  });

  it('names the path of every invalid value', () => {
    const parsed = parseSettings({ country: 'USA', dateFormat: 'DD.MM.YY', users: [{ name: 1 }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join('\n')).toMatch(/country/);
    expect(parsed.errors.join('\n')).toMatch(/dateFormat/);
    expect(parsed.errors.join('\n')).toMatch(/users\.0\.name/);
  });

  it('fills every default from an empty object', () => {
    expect(defaultSettings()).toMatchObject({
      country: 'US',
      dateFormat: 'MM/DD/YYYY',
      primary: 'email',
      secondary: null,
      phoneCountry: null,
      severalValues: 'additional-columns',
      limits: { maxBytes: 30 * 1024 * 1024, maxRows: 10_000 },
    });
  });
});
