import { foldLabel } from '../values/text';
import type { FieldKind } from './fields';

/**
 * HighLevel's custom field types: what each is called in its settings, what kind of value the
 * engine checks in its column, and whether its values must be among the field's options (one, or
 * several in one cell). File Upload and Signature cannot be filled by an import (1018).
 * Source: the custom field settings, and SOURCES.csvFormat ("Field Formatting").
 */
export const CUSTOM_FIELD_TYPES = {
  text: { label: 'Single Line', kind: 'text', options: 'none' },
  'large-text': { label: 'Multi Line', kind: 'text', options: 'none' },
  number: { label: 'Number', kind: 'number', options: 'none' },
  monetary: { label: 'Monetary', kind: 'money', options: 'none' },
  phone: { label: 'Phone', kind: 'phone', options: 'none' },
  email: { label: 'Email', kind: 'email', options: 'none' },
  date: { label: 'Date Picker', kind: 'date', options: 'none' },
  dropdown: { label: 'Dropdown (Single)', kind: 'enum', options: 'one' },
  radio: { label: 'Radio Select', kind: 'enum', options: 'one' },
  checkbox: { label: 'Checkbox', kind: 'enum', options: 'several' },
  multiselect: { label: 'Dropdown (Multiple)', kind: 'enum', options: 'several' },
  file: { label: 'File Upload', kind: 'unsupported', options: 'none' },
  signature: { label: 'Signature', kind: 'unsupported', options: 'none' },
} as const satisfies Record<
  string,
  { label: string; kind: FieldKind; options: 'none' | 'one' | 'several' }
>;

export type CustomFieldType = keyof typeof CUSTOM_FIELD_TYPES;
export const CUSTOM_FIELD_TYPE_KEYS = Object.keys(CUSTOM_FIELD_TYPES) as CustomFieldType[];

/** Types whose values must be options of the field (1005, 1016). */
export const hasOptions = (type: CustomFieldType) => CUSTOM_FIELD_TYPES[type].options !== 'none';

/** Other names people give the types (HighLevel's API, older labels, plain words), folded. */
export const CUSTOM_FIELD_TYPE_ALIASES: readonly (readonly [string, CustomFieldType])[] = [
  ['single line text', 'text'],
  // A Text Box List holds several lines of text: checked as text.
  ['text box list', 'text'],
  ['textbox list', 'text'],
  ['multi line text', 'large-text'],
  ['multiline', 'large-text'],
  ['paragraph', 'large-text'],
  ['text area', 'large-text'],
  ['textarea', 'large-text'],
  ['numerical', 'number'],
  ['float', 'number'],
  ['currency', 'monetary'],
  ['monetory', 'monetary'],
  ['phone number', 'phone'],
  ['email address', 'email'],
  ['single options', 'dropdown'],
  ['single select', 'dropdown'],
  ['multiple options', 'multiselect'],
  ['multi select', 'multiselect'],
  ['radio button', 'radio'],
  ['checkboxes', 'checkbox'],
];

/** A Map, not an object: a type named "constructor" must not find the one every object has. */
const TYPE_NAMES: ReadonlyMap<string, CustomFieldType> = new Map([
  ...CUSTOM_FIELD_TYPE_KEYS.map((type) => [foldLabel(type), type] as const),
  ...CUSTOM_FIELD_TYPE_KEYS.map(
    (type) => [foldLabel(CUSTOM_FIELD_TYPES[type].label), type] as const,
  ),
  ...CUSTOM_FIELD_TYPE_ALIASES,
]);

/** The type a person means by a label: HighLevel's, its API's, ours, or a common other name. */
export function customFieldType(label: string): CustomFieldType | null {
  return TYPE_NAMES.get(foldLabel(label)) ?? null;
}
