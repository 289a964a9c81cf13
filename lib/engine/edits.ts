import type { Change } from '../types';

/** A value the user typed into the grid, in place of what the file holds. */
export interface CellEdit {
  /** Spreadsheet row number, as in issues (the header is row 1). */
  row: number;
  /** Header text of the column, as in `FileFacts.columns`. */
  column: string;
  value: string;
}

/** The code of the change an edit records: the user's, not a check's. */
export const EDIT_CODE = 'edit';

/** Row number → column index → typed value, so each row costs one lookup. */
export type EditsByRow = Map<number, Map<number, string>>;

/**
 * The edits sorted by row for the file's header; an edit of a column the header lacks is
 * ignored (the file changed under a kept edit list). A later edit of one cell wins.
 */
export function editsByRow(edits: readonly CellEdit[], header: readonly string[]): EditsByRow {
  const indexOf = new Map(header.map((name, index) => [name, index]));
  const byRow: EditsByRow = new Map();
  for (const edit of edits) {
    const index = indexOf.get(edit.column);
    if (index === undefined) continue;
    let row = byRow.get(edit.row);
    if (!row) byRow.set(edit.row, (row = new Map()));
    row.set(index, edit.value);
  }
  return byRow;
}

/**
 * Writes a row's edits into its values before any check sees them, and records each as a change
 * (what the file held → what the user typed): the report names every value the edit replaced.
 */
export function applyEdits(
  number: number,
  values: string[],
  edits: EditsByRow,
  header: readonly string[],
  changes: Change[],
): void {
  const row = edits.get(number);
  if (!row) return;
  for (const [index, value] of row) {
    while (values.length <= index) values.push('');
    const before = values[index] ?? '';
    if (before === value) continue;
    values[index] = value;
    changes.push({
      row: number,
      column: header[index] ?? '',
      code: EDIT_CODE,
      before,
      after: value,
    });
  }
}

/** The well-formed edits of a list from elsewhere (a worker's message): the rest are dropped. */
export function validEdits(list: unknown): CellEdit[] {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (edit: unknown): edit is CellEdit =>
      typeof edit === 'object' &&
      edit !== null &&
      Number.isInteger((edit as CellEdit).row) &&
      typeof (edit as CellEdit).column === 'string' &&
      typeof (edit as CellEdit).value === 'string',
  );
}
