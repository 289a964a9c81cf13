import type { CellEdit } from '../../lib/engine';

/** What an editable grid is handed (hooks/use-check.ts `editing`); without it, it is read-only. */
export interface GridEditing {
  /** The edits in force, oldest first. */
  edits: readonly CellEdit[];
  canUndo: boolean;
  canRedo: boolean;
  /** True while the file is checked again with the latest edits. */
  pending: boolean;
  edit(edit: CellEdit): void;
  /** Several edits as one step, undone together: a column's suggestions, a column emptied. */
  editMany(edits: readonly CellEdit[]): void;
  undo(): void;
  redo(): void;
}
