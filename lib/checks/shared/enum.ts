import { CUSTOM_FIELD_TYPES } from '../../highlevel/custom-field-types';
import { LIST_SEPARATORS } from '../../highlevel/list-format';
import type { Column } from '../../mapping';
import { splitList } from '../../values/lists';
import { matchOption, type OptionMatch } from '../../values/options';

export function isEnumColumn(column: Column): boolean {
  return column.kind === 'enum' && column.customField !== null;
}

/** Each option named in the cell, matched against the column's custom field (1005, 1016). */
export function matchCell(column: Column, value: string): { part: string; match: OptionMatch }[] {
  const field = column.customField;
  if (!field) return [];
  // Checkbox and multi-select cells hold several options, split where HighLevel splits them.
  const parts =
    CUSTOM_FIELD_TYPES[field.type].options === 'several'
      ? splitList(value, LIST_SEPARATORS)
      : [value.trim()];
  return parts.map((part) => ({ part, match: matchOption(part, field.options) }));
}
