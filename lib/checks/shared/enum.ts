import { CUSTOM_FIELD_TYPES } from '../../highlevel/custom-field-types';
import type { Column } from '../../mapping';
import { matchOption, splitOptions, type OptionMatch } from '../../values/options';

export function isEnumColumn(column: Column): boolean {
  return column.kind === 'enum' && column.customField !== null;
}

/** Each option named in the cell, matched against the column's custom field (1005, 1016). */
export function matchCell(column: Column, value: string): { part: string; match: OptionMatch }[] {
  const field = column.customField;
  if (!field) return [];
  return splitOptions(value, CUSTOM_FIELD_TYPES[field.type].options === 'several').map((part) => ({
    part,
    match: matchOption(part, field.options),
  }));
}
