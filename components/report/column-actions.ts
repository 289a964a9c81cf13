import type { CellEdit } from '../../lib/engine';
import { suggestedValue } from '../../lib/issue';
import type { Issue } from '../../lib/types';
import type { RowSource } from '../../utils/rows/text-rows';

/** Column → row → the values its issues suggest (several for a list cell with several misses). */
export type Suggestions = Map<string, Map<number, string[]>>;

/** Every suggestion the issues make, by column and row: read once per result, not per render. */
export function suggestionsOf(issues: readonly Issue[]): Suggestions {
  const byColumn: Suggestions = new Map();
  for (const issue of issues) {
    const value = suggestedValue(issue);
    if (value === null || issue.row === null || issue.column === null) continue;
    let rows = byColumn.get(issue.column);
    if (!rows) byColumn.set(issue.column, (rows = new Map()));
    const list = rows.get(issue.row);
    if (list) list.push(value);
    else rows.set(issue.row, [value]);
  }
  return byColumn;
}

/**
 * The edits that take a column's suggestions: each cell holds what the cleaned file kept of it
 * (a multi-select's matched options) and then the suggested values, comma-separated.
 */
export function suggestionEdits(
  column: string,
  suggestions: Suggestions,
  cleanedValue: (row: number) => string,
): CellEdit[] {
  return [...(suggestions.get(column) ?? [])].map(([row, values]) => ({
    row,
    column,
    value: [cleanedValue(row), ...values].filter(Boolean).join(', '),
  }));
}

/**
 * The edits that empty a column: one for each row whose cell holds something, or held something
 * the cleaned file emptied (`flagged`: a value Preflight could not fix is empty in the rows shown).
 */
export function emptyingEdits(
  column: string,
  index: number,
  rows: RowSource,
  firstRowNumber: number,
  flagged: (row: number) => boolean,
): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = firstRowNumber + i;
    if (rows.at(i)?.at(index) || flagged(row)) edits.push({ row, column, value: '' });
  }
  return edits;
}
