import type { Column } from '../../mapping';
import { matchOption, splitOptions, type OptionMatch } from '../../values/options';

const MULTIPLE = new Set(['checkbox', 'multiselect']);

export function isEnumColumn(column: Column): boolean {
  return column.kind === 'enum' && column.customField !== null;
}

/** Each option named in the cell, matched against the column's custom field (1005, 1016). */
export function matchCell(column: Column, value: string): { part: string; match: OptionMatch }[] {
  const field = column.customField;
  if (!field) return [];
  return splitOptions(value, MULTIPLE.has(field.type)).map((part) => ({
    part,
    match: matchOption(part, field.options),
  }));
}
