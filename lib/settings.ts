import * as v from 'valibot';
import { CUSTOM_FIELD_TYPE_KEYS } from './highlevel/custom-field-types';
import { isMappableField } from './highlevel/fields';
import { FAQ_LIMIT, MAX_FILE_BYTES } from './highlevel/limits';
import { MATCHING_COLUMNS, SECONDARY_MATCHING_COLUMNS } from './highlevel/matching';
import { DATE_FORMATS } from './values/date';
import { SEVERAL_VALUES } from './highlevel/several-values';
import { COUNTRY_CODE } from './regexes';
import { FIX_KIND_KEYS } from './fixes';

/**
 * The one settings schema: the CLI's --settings file, the panel and the options page all parse
 * through it. Bump `version` and add a migration when a field changes meaning.
 */

const UserSchema = v.object({
  name: v.pipe(v.string(), v.trim()),
  email: v.pipe(v.string(), v.trim()),
});

const CustomFieldSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a custom field needs a name')),
  type: v.picklist(CUSTOM_FIELD_TYPE_KEYS),
  options: v.optional(v.array(v.string()), []),
});

export const SettingsSchema = v.object({
  version: v.optional(v.literal(1), 1),
  /** ISO 3166 country of the sub-account: phones without a country code are read as this country. */
  country: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.toUpperCase(),
      v.regex(COUNTRY_CODE, 'a two-letter country code such as US'),
    ),
    'US',
  ),
  /**
   * The country of this file's numbers written without a country code, when it is not the
   * sub-account's (1013 offers it); null: the sub-account's country.
   */
  phoneCountry: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.toUpperCase(),
        v.regex(COUNTRY_CODE, 'a two-letter country code such as GB'),
      ),
    ),
    null,
  ),
  dateFormat: v.optional(v.picklist(DATE_FORMATS), 'MM/DD/YYYY'),
  /**
   * Where a contact's second email or phone goes (PF07): HighLevel's Additional Emails and
   * Additional Phones columns of the same row, or the seed FAQ's extra rows.
   */
  severalValues: v.optional(v.picklist(SEVERAL_VALUES), 'additional-columns'),
  primary: v.optional(v.picklist(MATCHING_COLUMNS), 'email'),
  secondary: v.optional(v.nullable(v.picklist(SECONDARY_MATCHING_COLUMNS)), null),
  updateByContactId: v.optional(v.boolean(), false),
  users: v.optional(v.array(UserSchema), []),
  customFields: v.optional(v.array(CustomFieldSchema), []),
  /** Header text → HighLevel field key (`email`, `custom:Membership`), or null to ignore it. */
  mapping: v.optional(v.record(v.string(), v.nullable(v.string())), {}),
  limits: v.optional(
    v.object({
      maxBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), MAX_FILE_BYTES),
      /** The seed FAQ's row figure: over it, the cleaned rows are also offered in parts. */
      maxRows: v.optional(
        v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
        FAQ_LIMIT.rows,
      ),
    }),
    {},
  ),
  fixes: v.optional(
    v.object({
      /** Merge rows that share a matching value or Contact ID (1011, 1012). */
      mergeDuplicates: v.optional(v.boolean(), false),
      /** Apply likely email domain typo fixes (gmial.com → gmail.com) instead of suggesting them. */
      applyEmailTypos: v.optional(v.boolean(), false),
      /** Kinds of fix the user turned off: the cleaned file keeps those values as written. */
      off: v.optional(v.array(v.picklist(FIX_KIND_KEYS)), []),
    }),
    {},
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsInput = v.InferInput<typeof SettingsSchema>;
export type CustomField = Settings['customFields'][number];
export type User = Settings['users'][number];

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validates untrusted settings (a file, storage, a message); every problem is named by its path. */
export function parseSettings(input: unknown): SettingsResult {
  const result = v.safeParse(SettingsSchema, input ?? {});
  if (result.success) {
    const settings = result.output;
    const unknown = Object.entries(settings.mapping).filter(
      ([, key]) => key !== null && !isMappableField(key, settings.customFields),
    );
    if (unknown.length === 0) return { ok: true, settings };
    return {
      ok: false,
      errors: unknown.map(
        ([header, key]) =>
          `mapping.${header}: "${key}" is neither a HighLevel field nor "custom:" + a configured custom field`,
      ),
    };
  }
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

export function defaultSettings(): Settings {
  return v.parse(SettingsSchema, {});
}

/** The settings chosen on HighLevel's import screen itself: editable beside every check. */
export type ImportScreenSettings = Pick<
  Settings,
  'country' | 'phoneCountry' | 'dateFormat' | 'primary' | 'secondary' | 'updateByContactId'
>;
