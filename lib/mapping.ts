import {
  CUSTOM_PREFIX,
  fieldByAlias,
  headerKey,
  standardField,
  type FieldKind,
} from './highlevel/fields';
import { CUSTOM_FIELD_TYPES } from './highlevel/custom-field-types';
import type { CustomField, Settings } from './settings';
import type { ColumnMapping } from './types';

/** A column of the file, with everything a check needs to know about it. */
export interface Column extends ColumnMapping {
  /** What kind of value HighLevel expects here, or null when import ignores the column. */
  kind: FieldKind | null;
  /** Readable name of the HighLevel field ("Phone", "Membership"). */
  fieldLabel: string | null;
  customField: CustomField | null;
}

export interface TidyHeader {
  /** Names as the cleaned file writes them: empty names filled, duplicates renamed. */
  names: string[];
  emptyNames: number[];
  renamed: { index: number; from: string; to: string }[];
}

/** Fills empty header names and renames duplicates "Email (2)", as the cleaned file writes them. */
export function tidyHeader(raw: readonly string[]): TidyHeader {
  const names: string[] = [];
  const emptyNames: number[] = [];
  const renamed: TidyHeader['renamed'] = [];
  const seen = new Set<string>();
  // Per name, the first number not yet tried: restarting at 2 made N duplicates cost N² tries.
  const nextNumber = new Map<string, number>();
  raw.forEach((text, index) => {
    let name = text.trim();
    if (name === '') {
      emptyNames.push(index);
      name = `Column ${index + 1}`;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      let n = nextNumber.get(key) ?? 2;
      while (seen.has(`${key} (${n})`)) n++;
      nextNumber.set(key, n + 1);
      renamed.push({ index, from: name, to: `${name} (${n})` });
      name = `${name} (${n})`;
    }
    seen.add(name.toLowerCase());
    names.push(name);
  });
  return { names, emptyNames, renamed };
}

type Target = Pick<Column, 'field' | 'kind' | 'fieldLabel' | 'customField'>;

function customTarget(field: CustomField): Target {
  return {
    field: CUSTOM_PREFIX + field.name,
    kind: CUSTOM_FIELD_TYPES[field.type].kind,
    fieldLabel: field.name,
    customField: field,
  };
}

function targetOf(key: string, settings: Settings): Target | null {
  if (key.startsWith(CUSTOM_PREFIX)) {
    const name = key.slice(CUSTOM_PREFIX.length);
    const custom = settings.customFields.find((f) => f.name === name);
    return custom ? customTarget(custom) : null;
  }
  const def = standardField(key);
  return def ? { field: def.key, kind: def.kind, fieldLabel: def.label, customField: null } : null;
}

const UNMAPPED: Target = { field: null, kind: null, fieldLabel: null, customField: null };

/**
 * Maps headers to HighLevel fields: a settings override first, then a custom field of the same
 * name, then the aliases other CRMs export. A field that takes one value keeps its first column;
 * later columns for it are marked `extra` (a second phone or email column: PF07, others: PF06).
 */
export function mapColumns(names: readonly string[], settings: Settings): Column[] {
  const overrides = new Map(
    Object.entries(settings.mapping).map(([header, key]) => [headerKey(header), key]),
  );
  const customByKey = new Map(settings.customFields.map((f) => [headerKey(f.name), f]));
  const taken = new Set<string>();
  return names.map((header, index) => {
    const key = headerKey(header);
    let target: Target = UNMAPPED;
    let source: Column['source'] = 'none';
    const override = overrides.get(key);
    const custom = customByKey.get(key);
    const alias = fieldByAlias(header);
    if (override !== undefined) {
      target = override === null ? UNMAPPED : (targetOf(override, settings) ?? UNMAPPED);
      source = 'settings';
    } else if (custom) {
      target = customTarget(custom);
      source = 'custom-field';
    } else if (alias) {
      target = { field: alias.key, kind: alias.kind, fieldLabel: alias.label, customField: null };
      source = 'alias';
    }
    const extra = target.field !== null && taken.has(target.field);
    if (target.field) taken.add(target.field);
    return { index, header, ...target, extra, source };
  });
}
