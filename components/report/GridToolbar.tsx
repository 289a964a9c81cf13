import type { GridEditing } from './grid-editing';
import { formatCount } from './ReportCounts';

/** What the toolbar may do to the selected cell's column; null with no cell selected. */
export interface ColumnActions {
  column: string;
  /** Cells of the column with a suggested value (the closest option, the closest user). */
  suggested: number;
  applySuggestions(): void;
  empty(): void;
}

function suggestionLabel(column: ColumnActions | null): string {
  if (!column) return 'Use suggestions';
  if (column.suggested === 0) return `No suggestions in ${column.column}`;
  const suggestions = column.suggested === 1 ? 'suggestion' : 'suggestions';
  return `Use ${formatCount(column.suggested)} ${suggestions} in ${column.column}`;
}

/** Undo, redo and the count of edits above an editable grid, and the selected column's actions. */
export function GridToolbar({
  editing,
  column,
}: {
  editing: GridEditing;
  column: ColumnActions | null;
}) {
  const count = editing.edits.length;
  return (
    <div class="grid-toolbar">
      <button type="button" data-action="undo" disabled={!editing.canUndo} onClick={editing.undo}>
        Undo
      </button>
      <button type="button" data-action="redo" disabled={!editing.canRedo} onClick={editing.redo}>
        Redo
      </button>
      <span class="edit-count" data-edit-count={count} role="status">
        {count === 1 ? '1 edit' : `${formatCount(count)} edits`}
        {editing.pending && ' · checking again…'}
      </span>
      {/* Always there, so the grid never moves under the pointer as a cell is selected. */}
      <span class="column-actions" data-column-actions={column?.column ?? ''}>
        <button
          type="button"
          data-action="apply-suggestions"
          disabled={!column || column.suggested === 0}
          onClick={column?.applySuggestions}
          title={column?.column}
        >
          {suggestionLabel(column)}
        </button>
        <button
          type="button"
          data-action="empty-column"
          disabled={!column}
          onClick={column?.empty}
          title={column?.column}
        >
          {column ? `Empty ${column.column}` : 'Empty a column'}
        </button>
      </span>
    </div>
  );
}
