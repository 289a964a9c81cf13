import type { CellEdit } from '../lib/engine';

/** The edits typed in the grid, in order, and the ones undone (the latest last), for redo. */
export interface EditHistory {
  done: readonly CellEdit[];
  undone: readonly CellEdit[];
}

export const NO_EDITS: EditHistory = { done: [], undone: [] };

/** A new edit: redo has nothing left to bring back. */
export function withEdit(history: EditHistory, edit: CellEdit): EditHistory {
  return { done: [...history.done, edit], undone: [] };
}

/** The latest edit taken back, or null when there is none. */
export function undoEdit({ done, undone }: EditHistory): EditHistory | null {
  const last = done.at(-1);
  return last ? { done: done.slice(0, -1), undone: [...undone, last] } : null;
}

/** The latest undone edit made again, or null when there is none. */
export function redoEdit({ done, undone }: EditHistory): EditHistory | null {
  const last = undone.at(-1);
  return last ? { done: [...done, last], undone: undone.slice(0, -1) } : null;
}
