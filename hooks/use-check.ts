import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CellEdit } from '../lib/engine';
import { defaultSettings, type Settings } from '../lib/settings';
import type { Progress } from '../lib/types';
import { CheckFailure, type CheckOutcome, type FailureCause } from '../utils/worker/check-protocol';
import { runCheck, startWorkerAhead } from '../utils/worker/run-check';
import { editsOf, NO_EDITS, redoEdit, undoEdit, withEdits, type EditHistory } from './edit-history';

export type CheckStatus =
  | { state: 'idle' }
  | { state: 'checking'; name: string; progress: Progress | null }
  /**
   * `pick` counts the files checked: a re-run with other settings keeps the same number.
   * `preparing`: the result is shown while its cleaned file and rows are still being written.
   */
  | {
      state: 'done';
      outcome: CheckOutcome;
      preparing: boolean;
      packed: Promise<string[]>;
      pick: number;
    }
  | { state: 'error'; name: string; message: string; about: FailureCause };

/**
 * The status as the pages' `data-state` hook says it: `preparing` while a result is shown and its
 * files are still being written, `done` once they are in.
 */
export const stateHook = (status: CheckStatus) =>
  status.state === 'done' && status.preparing ? 'preparing' : status.state;

/**
 * A check's status for a component: `check` starts one on a file, `changeSettings` re-runs the
 * last file at once with the new settings. Only the latest run may update the status. `pass`
 * lets the panel read the contacts export (utils/background/panel-pass.ts). `editing` holds the
 * values typed in the grid, with undo and redo: each re-checks the file with the edits at once,
 * while the last result stays on screen (`pending` until the new one is in).
 */
export function useCheck(pass?: string | null) {
  const [status, setStatus] = useState<CheckStatus>({ state: 'idle' });
  // The settings in a ref as well: handlers bound once (the panel's port) must read the latest.
  const current = useRef<Settings>(defaultSettings());
  const [settings, setSettings] = useState<Settings>(current.current);
  const file = useRef<File | null>(null);
  const latest = useRef(0);
  const picks = useRef(0);
  // In a ref as well, like the settings: a re-run for a settings change keeps the edits.
  const edits = useRef<EditHistory>(NO_EDITS);
  const [history, setHistory] = useState<EditHistory>(NO_EDITS);
  const [pending, setPending] = useState(false);
  const inForce = useMemo(() => editsOf(history), [history]);
  // The panel loads while the user chooses the file: its worker can start meanwhile too.
  useEffect(startWorkerAhead, []);

  /** `quiet`: the last result stays shown while this run checks (an edit's re-check). */
  const start = (target: File, with_: Settings, quiet = false) => {
    const run = ++latest.current;
    const pick = picks.current;
    const update = (next: CheckStatus) => {
      if (run !== latest.current) return;
      setPending(false);
      setStatus(next);
    };
    const progressed = (progress: Progress | null) =>
      quiet
        ? run === latest.current && setPending(true)
        : update({ state: 'checking', name: target.name, progress });
    progressed(null);
    runCheck(target, with_, progressed, pass, editsOf(edits.current))
      .then(async ({ outcome, complete, packed }) => {
        // A quiet run keeps the last result, grid and all, until this one is complete.
        if (!quiet) update({ state: 'done', outcome, preparing: true, packed, pick });
        update({ state: 'done', outcome: await complete, preparing: false, packed, pick });
      })
      .catch((error: Error) =>
        update({
          state: 'error',
          name: target.name,
          message: error.message,
          about: error instanceof CheckFailure ? error.about : 'file',
        }),
      );
  };

  const changeEdits = (next: EditHistory | null) => {
    if (!next || !file.current) return;
    edits.current = next;
    setHistory(next);
    start(file.current, current.current, true);
  };

  return {
    status,
    settings,
    /** `with_`: settings for this file on (a sub-account's profile), else the ones in use. */
    check(target: File, with_?: Settings) {
      file.current = target;
      picks.current++;
      // Edits belong to the file they were typed in.
      edits.current = NO_EDITS;
      setHistory(NO_EDITS);
      // The country of unprefixed phones was chosen for the last file, not this one.
      if (with_ || current.current.phoneCountry !== null) {
        current.current = { ...(with_ ?? current.current), phoneCountry: null };
        setSettings(current.current);
      }
      start(target, current.current);
    },
    /** Checks the last file again as it is, after a failure. */
    recheck() {
      if (file.current) start(file.current, current.current);
    },
    /**
     * `newAttempt`: the re-run is kept as a report of its own rather than replacing the last
     * one (settings changed elsewhere must not rewrite a report the user may have acted on).
     */
    changeSettings(changed: Partial<Settings>, { newAttempt = false } = {}) {
      const next = { ...current.current, ...changed };
      current.current = next;
      setSettings(next);
      if (!file.current) return;
      if (newAttempt) picks.current++;
      start(file.current, next);
    },
    editing: {
      edits: inForce,
      canUndo: history.done.length > 0,
      canRedo: history.undone.length > 0,
      /** True while the file is checked again with the latest edits. */
      pending,
      edit: (edit: CellEdit) => changeEdits(withEdits(edits.current, [edit])),
      editMany: (many: readonly CellEdit[]) => changeEdits(withEdits(edits.current, many)),
      undo: () => changeEdits(undoEdit(edits.current)),
      redo: () => changeEdits(redoEdit(edits.current)),
    },
  };
}
