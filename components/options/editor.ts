import type { Settings } from '../../lib/settings';

/** What each part of the options page edits the settings through. */
export interface SettingsEditor {
  settings: Settings;
  /** Validates the whole settings and saves them at once; returns the problems (none: saved). */
  save(next: Settings): string[];
}

/** Shows "Saved." once a write (storage, the database) has finished, or why it failed. */
export type Track = (write: Promise<unknown>) => void;

/** The problems of a save as one sentence for the field that caused them, or null. */
export const problemText = (errors: readonly string[]) =>
  errors.length > 0 ? `Not saved: ${errors.join('; ')}.` : null;

/** "a user needs a name" → "A user needs a name." */
export const sentence = (text: string) =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;

/** What is wrong with one row of a list edited by hand, or null: its own problem, or a twin. */
export function rowProblem<T>(
  row: T,
  rows: readonly T[],
  index: number,
  problemOf: (row: T) => string | null,
  key: (row: T) => string,
  twin: string,
): string | null {
  const problem = problemOf(row);
  if (problem) return sentence(problem);
  return rows.some((other, at) => at !== index && key(other) === key(row)) ? twin : null;
}
