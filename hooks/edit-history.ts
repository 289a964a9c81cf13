import type { CellEdit } from '../lib/engine';

/**
 * The edits typed in the grid, in steps (one cell, or a column at once), oldest first, and the
 * steps undone (the latest last), for redo. Undo and redo take a whole step.
 */
export interface EditHistory {
  done: readonly (readonly CellEdit[])[];
  undone: readonly (readonly CellEdit[])[];
}

export const NO_EDITS: EditHistory = { done: [], undone: [] };

/** The edits in force, oldest first: a later edit of a cell wins (lib/engine/edits.ts). */
export function editsOf(history: EditHistory): CellEdit[] {
  return history.done.flat();
}

/** A new step of edits: redo has nothing left to bring back. An empty step changes nothing. */
export function withEdits(history: EditHistory, edits: readonly CellEdit[]): EditHistory {
  return edits.length === 0 ? history : { done: [...history.done, edits], undone: [] };
}

/** The latest step taken back, or null when there is none. */
export function undoEdit({ done, undone }: EditHistory): EditHistory | null {
  const last = done.at(-1);
  return last ? { done: done.slice(0, -1), undone: [...undone, last] } : null;
}

/** The latest undone step made again, or null when there is none. */
export function redoEdit({ done, undone }: EditHistory): EditHistory | null {
  const last = undone.at(-1);
  return last ? { done: [...done, last], undone: undone.slice(0, -1) } : null;
}
