import type { CellEdit } from '../../lib/engine';
import type { Suggestions } from '../../utils/report-index/issue-index';
import type { RowSource } from '../../utils/rows/text-rows';

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
