import type { GridEditing } from './grid-editing';

/** Undo, redo and the count of edits, above an editable grid. */
export function GridToolbar({ editing }: { editing: GridEditing }) {
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
    </div>
  );
}
