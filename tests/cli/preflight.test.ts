import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/settings';
import { buildProfileFile, buildSettingsFile } from '../../lib/settings-file';
import type { Report } from '../../lib/types';
import { preflight, run, sample } from './run-cli';

const MIA = { name: 'Mia Lopez', email: 'mia@example-agency.com' };

describe('the bundle', () => {
  it('answers exactly as the TypeScript sources do', () => {
    for (const args of [
      ['check', sample('keap-export.csv')],
      ['check', sample('duplicates.csv'), '--json'],
      ['--help'],
    ]) {
      const fromSources = run(['--import', 'tsx', 'cli/preflight.ts', ...args]);
      expect(preflight(...args)).toEqual(fromSources);
    }
  });
});

describe('preflight check', () => {
  it('prints only the report as JSON with --json, and exits 1 when rows would be skipped', () => {
    const { status, stdout, stderr } = preflight('check', sample('keap-export.csv'), '--json');
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.file).toMatchObject({
      name: 'keap-export.csv',
      encoding: 'utf-8',
      delimiter: ',',
    });
    expect(report.summary.byClass['row-skipped']).toBeGreaterThan(0);
    expect(report.issues.every((i) => typeof i.code === 'string')).toBe(true);
  });

  it('exits 0 on a clean file and says so', () => {
    const { status, stdout } = preflight('check', sample('clean-contacts.csv'));
    expect(stdout).toContain('No problems found');
    expect(status).toBe(0);
  });

  it('groups the readable summary by outcome class, with row numbers', () => {
    const { stdout } = preflight('check', sample('keap-export.csv'));
    expect(stdout).toMatch(/ROWS SKIPPED[^\n]*\n {2}1008 {2}Failed validation of Email/);
    expect(stdout).toMatch(/row \d+ · Email: Email "mitsue_tollner@yahoo"/);
  });

  it('writes the cleaned and rejected files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const out = join(dir, 'cleaned.csv');
    const rejected = join(dir, 'rejected.csv');
    preflight('check', sample('keap-export.csv'), '--out', out, '--rejected', rejected);
    expect(readFileSync(out, 'utf8')).toMatch(/^Id,First Name,Last Name,Email,Phone 1,/);
    expect(readFileSync(rejected, 'utf8')).toMatch(/^Preflight row,Preflight reason,/);
  });

  it('writes the parts beside --out when the rows pass the row limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ limits: { maxRows: 10 } }));
    const out = join(dir, 'cleaned.csv');
    preflight('check', sample('keap-export.csv'), '--settings', settings, '--out', out);
    for (const part of ['cleaned-part1.csv', 'cleaned-part2.csv']) {
      expect(readFileSync(join(dir, part), 'utf8')).toMatch(/^Id,First Name,Last Name,/);
    }
  });

  it("reads this file's unprefixed phones as another country with --phone-country", () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const file = join(dir, 'uk.csv');
    const out = join(dir, 'cleaned.csv');
    writeFileSync(
      file,
      'Email,Phone\r\na@example.com,07911 123456\r\nb@example.com,020 7946 0958\r\n',
    );
    expect(preflight('check', file).stdout).toContain('numbers from the United Kingdom');
    const { status } = preflight('check', file, '--phone-country', 'GB', '--out', out);
    expect(status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('a@example.com,+447911123456');
  });

  it('writes several values as extra rows with --extra-rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const out = join(dir, 'cleaned.csv');
    preflight('check', sample('keap-export.csv'), '--extra-rows', '--out', out);
    expect(readFileSync(out, 'utf8')).not.toContain('Additional Phones');
    preflight('check', sample('keap-export.csv'), '--out', out);
    expect(readFileSync(out, 'utf8')).toContain('Additional Phones');
  });

  it('leaves kinds of fix out with --fix-off, and names an unknown kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const out = join(dir, 'cleaned.csv');
    const { stdout } = preflight(
      'check',
      sample('keap-export.csv'),
      '--fix-off',
      'dates',
      '--out',
      out,
    );
    expect(stdout).toContain(
      'Turned off: Dates rewritten into the chosen format (3 cells left as written).',
    );
    expect(stdout).toContain(
      'is kept as written, because "Dates rewritten into the chosen format"',
    );
    // Keap writes birthdays as ISO dates: kept as they are.
    expect(readFileSync(out, 'utf8')).toMatch(/,\d{4}-\d{2}-\d{2},/);
    const wrong = preflight('check', sample('keap-export.csv'), '--fix-off', 'dates,date');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--fix-off: "date" is not a kind of fix; the kinds are phones,');
  });

  it('applies the settings file and the flags over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ country: 'US', dateFormat: 'DD/MM/YYYY' }));
    const { stdout } = preflight(
      'check',
      sample('clean-contacts.csv'),
      '--settings',
      settings,
      '--date-format',
      'MM/DD/YYYY',
      '--json',
    );
    expect((JSON.parse(stdout) as Report).settings.dateFormat).toBe('MM/DD/YYYY');
  });

  it.each([
    [['check', 'no/such/file.csv'], /cannot read file no\/such\/file.csv: ENOENT/],
    [['check', 'assets'], /is a directory/],
    [['check'], /no FILE given/],
    [['inspect', 'x.csv'], /unknown command "inspect"/],
    [['check', 'x.csv', '--primary', 'name'], /--primary must be email, phone or contact_id/],
    [['check', 'x.csv', '--country', 'XX'], /country: "XX" is not a country code Preflight knows/],
    [
      ['check', 'x.csv', '--phone-country', 'XX'],
      /phoneCountry: "XX" is not a country code Preflight knows/,
    ],
    [['check', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const { status, stdout, stderr } = preflight(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('reads a settings file exported from the options page, users and all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const settings = join(dir, 'preflight-settings.json');
    const exported = {
      preflight: 'settings',
      version: 1,
      settings: { country: 'GB', users: [{ name: 'Mia Lopez', email: 'mia@example-agency.com' }] },
      checkMode: 'hold',
      retention: { maxDays: 30, maxReports: 100 },
    };
    writeFileSync(settings, JSON.stringify(exported));
    const { status, stdout } = preflight(
      'check',
      sample('keap-export.csv'),
      '--settings',
      settings,
      '--json',
    );
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.settings.country).toBe('GB');
    expect(report.settings.users).toEqual(exported.settings.users);
  });

  it("reads both exports of a sub-account's settings, whole, as the options page writes them", () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    // A sub-account's settings as the options page holds them: every key, validated.
    const profile = { ...defaultSettings(), country: 'GB', users: [MIA], mapping: { Id: null } };
    const exports = {
      // Sub-accounts → Export: the settings alone.
      'preflight-ukAgency0001.json': buildProfileFile(profile),
      // Move these settings → Export the settings, with the sub-account chosen.
      'preflight-settings-ukAgency0001.json': buildSettingsFile({
        settings: profile,
        checkMode: 'hold',
        retention: { maxDays: 30, maxReports: 100 },
      }),
    };
    for (const [name, text] of Object.entries(exports)) {
      writeFileSync(join(dir, name), text);
      const { stdout, stderr } = preflight(
        'check',
        sample('keap-export.csv'),
        '--settings',
        join(dir, name),
        '--json',
      );
      expect(stderr, name).toBe('');
      expect((JSON.parse(stdout) as Report).settings, name).toEqual(profile);
    }
  });

  it('exits 2 naming the problem in an invalid settings file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, '{ "primary": "name" ');
    expect(preflight('check', sample('clean-contacts.csv'), '--settings', settings).stderr).toMatch(
      /is not valid JSON/,
    );
    writeFileSync(settings, '{ "primary": "name" }');
    expect(preflight('check', sample('clean-contacts.csv'), '--settings', settings).stderr).toMatch(
      /primary/,
    );
  });
});
