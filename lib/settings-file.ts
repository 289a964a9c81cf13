import type { MetadataJson } from 'libphonenumber-js/core';
import * as v from 'valibot';
import { parseSettings, SettingsSchema, type Settings, type SettingsResult } from './settings';
import { isSupportedCountry } from './values/phone';

/**
 * Everything the options page holds, as one JSON file to move between browsers: the settings
 * (the CLI's --settings schema), hold or check alongside, and how long reports are kept. An import
 * is validated whole and applied whole, or not at all.
 */

export const SETTINGS_FILE_NAME = 'preflight-settings.json';

export const CHECK_MODES = ['hold', 'alongside'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

/** How long the reports history keeps reports: both limits apply. */
export const RetentionSchema = v.object({
  maxDays: v.optional(
    v.pipe(
      v.number('a number of days'),
      v.integer('a whole number of days'),
      v.minValue(1, 'at least 1 day'),
      v.maxValue(3650, 'at most 3650 days (10 years)'),
    ),
    30,
  ),
  maxReports: v.optional(
    v.pipe(
      v.number('a number of reports'),
      v.integer('a whole number of reports'),
      v.minValue(1, 'at least 1 report'),
      v.maxValue(10000, 'at most 10000 reports'),
    ),
    100,
  ),
});
export type Retention = v.InferOutput<typeof RetentionSchema>;

export interface SettingsFile {
  preflight: 'settings';
  version: 1;
  settings: Settings;
  checkMode: CheckMode;
  retention: Retention;
}

export type SettingsFileResult =
  | {
      ok: true;
      settings: Settings;
      /** Null when the file does not say (a bare settings object, as the CLI reads). */
      checkMode: CheckMode | null;
      retention: Retention | null;
    }
  | { ok: false; errors: string[] };

export function buildSettingsFile(parts: Omit<SettingsFile, 'preflight' | 'version'>): string {
  const file: SettingsFile = { preflight: 'settings', version: 1, ...parts };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * One sub-account's settings alone, as the options page's Sub-accounts section exports them: a
 * bare settings object, the CLI's --settings file as it is.
 */
export function buildProfileFile(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys the schema would silently drop: in a file someone edited, most likely a typo. */
function unknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string) {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => `${prefix}${key}: not a setting Preflight knows`);
}

const withPrefix = (prefix: string, errors: string[]) => errors.map((e) => `${prefix}${e}`);

/**
 * parseSettings, plus what only a check would find out: a country libphonenumber has no numbers
 * for (the check could not start) and keys no setting has. The options page saves through it too.
 */
export function validateSettings(input: unknown, phoneMetadata: MetadataJson): SettingsResult {
  const unknown = isObject(input)
    ? unknownKeys(input, Object.keys(SettingsSchema.entries), '')
    : [];
  const parsed = parseSettings(input);
  const errors = [...unknown, ...(parsed.ok ? [] : parsed.errors)];
  if (parsed.ok) {
    const { country, phoneCountry } = parsed.settings;
    for (const [key, code] of [
      ['country', country],
      ['phoneCountry', phoneCountry],
    ] as const) {
      if (code !== null && !isSupportedCountry(code, phoneMetadata)) {
        errors.push(
          `${key}: "${code}" is not a country code Preflight knows (use two letters, such as US, GB or AU)`,
        );
      }
    }
  }
  return parsed.ok && errors.length === 0 ? parsed : { ok: false, errors };
}

/** Retention typed into a form or read from a file, with every problem by its path. */
export function validateRetention(
  input: unknown,
): { ok: true; retention: Retention } | { ok: false; errors: string[] } {
  const unknown = isObject(input)
    ? unknownKeys(input, Object.keys(RetentionSchema.entries), '')
    : [];
  const parsed = v.safeParse(RetentionSchema, input);
  const errors = [
    ...unknown,
    ...(parsed.success
      ? []
      : parsed.issues.map((issue) => {
          const path = v.getDotPath(issue);
          return path ? `${path}: ${issue.message}` : issue.message;
        })),
  ];
  return parsed.success && errors.length === 0
    ? { ok: true, retention: parsed.output }
    : { ok: false, errors };
}

const FILE_KEYS = ['preflight', 'version', 'settings', 'checkMode', 'retention'];

/** Reads an export of this page, or a bare settings object (the CLI's --settings file). */
export function parseSettingsFile(text: string, phoneMetadata: MetadataJson): SettingsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (${(error as Error).message}).`] };
  }
  if (!isObject(json)) {
    return {
      ok: false,
      errors: ['The file must hold one JSON object: a Preflight settings export, or the settings.'],
    };
  }
  if (!('preflight' in json)) {
    const settings = validateSettings(json, phoneMetadata);
    return settings.ok
      ? { ok: true, settings: settings.settings, checkMode: null, retention: null }
      : settings;
  }
  const errors = unknownKeys(json, FILE_KEYS, '');
  if (json.preflight !== 'settings') {
    errors.push('preflight: this is not a Preflight settings export (expected "settings")');
  }
  if (json.version !== 1) {
    errors.push(
      json.version === undefined
        ? 'version: missing (expected 1)'
        : `version: ${JSON.stringify(json.version)} is not a version this Preflight reads (1)`,
    );
  }
  const settings = isObject(json.settings) ? validateSettings(json.settings, phoneMetadata) : null;
  if (!settings) errors.push('settings: missing, or not a JSON object');
  else if (!settings.ok) errors.push(...withPrefix('settings.', settings.errors));
  const mode = json.checkMode;
  const checkMode = CHECK_MODES.find((known) => known === mode) ?? null;
  if (mode !== undefined && !checkMode) {
    errors.push(`checkMode: ${JSON.stringify(mode)} is neither "hold" nor "alongside"`);
  }
  const retention = json.retention === undefined ? null : validateRetention(json.retention);
  if (retention && !retention.ok) errors.push(...withPrefix('retention.', retention.errors));
  if (errors.length > 0 || !settings?.ok || retention?.ok === false) return { ok: false, errors };
  return {
    ok: true,
    settings: settings.settings,
    checkMode,
    retention: retention?.retention ?? null,
  };
}
