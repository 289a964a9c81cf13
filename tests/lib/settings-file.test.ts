import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from '../../lib/settings';
import {
  buildProfileFile,
  buildSettingsFile,
  parseSettingsFile,
  validateRetention,
  validateSettings,
} from '../../lib/settings-file';
import { phoneMetadata } from '../helpers';

const settings = {
  ...defaultSettings(),
  country: 'GB',
  users: [{ name: 'Mia Lopez', email: 'mia@agency.example' }],
  customFields: [{ name: 'Stage', type: 'dropdown' as const, options: ['Lead', 'Won'] }],
  limits: { maxBytes: 1000, maxRows: 500 },
};
const retention = { maxDays: 7, maxReports: 20 };
const parse = (value: unknown) => parseSettingsFile(JSON.stringify(value), phoneMetadata);
const errorsOf = (value: unknown) => {
  const result = parse(value);
  return result.ok ? [] : result.errors;
};

describe('the settings file', () => {
  it('round-trips everything the options page holds', () => {
    const text = buildSettingsFile({ settings, checkMode: 'alongside', retention });
    expect(JSON.parse(text)).toMatchObject({ preflight: 'settings', version: 1 });
    expect(parseSettingsFile(text, phoneMetadata)).toEqual({
      ok: true,
      settings,
      checkMode: 'alongside',
      retention,
    });
  });

  it('reads a bare settings object, as the CLI does, leaving the rest as it is', () => {
    expect(parse({ country: 'au', users: [] })).toEqual({
      ok: true,
      settings: { ...defaultSettings(), country: 'AU' },
      checkMode: null,
      retention: null,
    });
    // The CLI's sample settings file imports as it is.
    expect(parse({ version: 1, secondary: 'phone', mapping: { 'Record ID': null } })).toMatchObject(
      { ok: true },
    );
  });

  it("reads a sub-account's export (its settings alone) as those settings", () => {
    expect(parseSettingsFile(buildProfileFile(settings), phoneMetadata)).toEqual({
      ok: true,
      settings,
      checkMode: null,
      retention: null,
    });
  });

  it('reads assets/samples/settings.example.json, as the checker page’s samples do', () => {
    const text = readFileSync(
      new URL('../../assets/samples/settings.example.json', import.meta.url),
    );
    expect(parseSettingsFile(text.toString('utf8'), phoneMetadata)).toMatchObject({ ok: true });
  });

  it('names every problem by its path, and applies nothing', () => {
    expect(
      errorsOf({
        preflight: 'settings',
        version: 1,
        settings: {
          country: 'Germany',
          users: [{ name: 1, email: 'x@y.example' }],
          limits: { maxRows: 0 },
          contry: 'DE',
        },
        checkMode: 'sometimes',
        retention: { maxDays: 0, maxReports: 2.5 },
        extra: true,
      }),
    ).toEqual([
      'extra: not a setting Preflight knows',
      'settings.contry: not a setting Preflight knows',
      'settings.country: a two-letter country code such as US',
      expect.stringMatching(/^settings\.users\.0\.name: /),
      expect.stringMatching(/^settings\.limits\.maxRows: /),
      'checkMode: "sometimes" is neither "hold" nor "alongside"',
      'retention.maxDays: at least 1 day',
      'retention.maxReports: a whole number of reports',
    ]);
  });

  it('refuses a country the phone checks know nothing of', () => {
    expect(errorsOf({ country: 'XX' })).toEqual([
      'country: "XX" is not a country code Preflight knows (use two letters, such as US, GB or AU)',
    ]);
  });

  it('refuses what is not a settings file, saying why', () => {
    expect(parseSettingsFile('', phoneMetadata)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The file is not valid JSON \(/)],
    });
    expect(parseSettingsFile('{"country": "US",}', phoneMetadata)).toMatchObject({ ok: false });
    for (const value of [null, [], 'US', 42]) {
      expect(errorsOf(value)).toEqual([
        'The file must hold one JSON object: a Preflight settings export, or the settings.',
      ]);
    }
    expect(errorsOf({ preflight: 'report', version: 2 })).toEqual([
      'preflight: this is not a Preflight settings export (expected "settings")',
      'version: 2 is not a version this Preflight reads (1)',
      'settings: missing, or not a JSON object',
    ]);
    expect(errorsOf({ preflight: 'settings', settings: [] })).toEqual([
      'version: missing (expected 1)',
      'settings: missing, or not a JSON object',
    ]);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseSettingsFile('\uFEFF{"country":"NZ"}', phoneMetadata)).toMatchObject({
      ok: true,
      settings: { country: 'NZ' },
    });
  });
});

describe('validateSettings', () => {
  it('agrees with parseSettings on valid settings', () => {
    const input = { country: 'ca', fixes: { mergeDuplicates: true } };
    const parsed = parseSettings(input);
    expect(validateSettings(input, phoneMetadata)).toEqual(parsed);
  });

  it('keeps parseSettings’ mapping check', () => {
    expect(validateSettings({ mapping: { Stage: 'custom:Stage' } }, phoneMetadata)).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('mapping.Stage')],
    });
  });
});

describe('validateRetention', () => {
  it('fills in defaults and checks the limits', () => {
    expect(validateRetention({})).toEqual({
      ok: true,
      retention: { maxDays: 30, maxReports: 100 },
    });
    expect(validateRetention({ maxDays: 3651, maxReports: '5' })).toEqual({
      ok: false,
      errors: ['maxDays: at most 3650 days (10 years)', 'maxReports: a number of reports'],
    });
  });
});
