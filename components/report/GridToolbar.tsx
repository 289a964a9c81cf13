import type { GridEditing } from './grid-editing';

/** What the toolbar may do to the selected cell's column; null with no cell selected. */
export interface ColumnActions {
  column: string;
  /** Cells of the column with a suggested value (the closest option, the closest user). */
  suggested: number;
  applySuggestions(): void;
  empty(): void;
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
        {count === 1 ? '1 edit' : `${count.toLocaleString('en-US')} edits`}
        {editing.pending && ' · checking again…'}
      </span>
      {column && (
        <span class="column-actions" data-column-actions={column.column}>
          <button
            type="button"
            data-action="apply-suggestions"
            disabled={column.suggested === 0}
            onClick={column.applySuggestions}
          >
            {column.suggested === 0
              ? `No suggested values in ${column.column}`
              : `Use the ${column.suggested.toLocaleString('en-US')} suggested ${
                  column.suggested === 1 ? 'value' : 'values'
                } in ${column.column}`}
          </button>
          <button type="button" data-action="empty-column" onClick={column.empty}>
            Empty {column.column}
          </button>
        </span>
      )}
    </div>
  );
}
