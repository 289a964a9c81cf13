import { useRef, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../lib/settings';
import type { Progress } from '../lib/types';
import { CheckFailure, type CheckOutcome, type FailureCause } from '../utils/worker/check-protocol';
import { runCheck } from '../utils/worker/run-check';

export type CheckStatus =
  | { state: 'idle' }
  | { state: 'checking'; name: string; progress: Progress | null }
  /** `pick` counts the files checked: a re-run with other settings keeps the same number. */
  | { state: 'done'; outcome: CheckOutcome; packed: Promise<string>; pick: number }
  | { state: 'error'; name: string; message: string; about: FailureCause };

/**
 * A check's status for a component: `check` starts one on a file, `changeSettings` re-runs the
 * last file at once with the new settings. Only the latest run may update the status. `pass`
 * lets the panel read the contacts export (utils/background/panel-pass.ts).
 */
export function useCheck(pass?: string | null) {
  const [status, setStatus] = useState<CheckStatus>({ state: 'idle' });
  // The settings in a ref as well: handlers bound once (the panel's port) must read the latest.
  const current = useRef<Settings>(defaultSettings());
  const [settings, setSettings] = useState<Settings>(current.current);
  const file = useRef<File | null>(null);
  const latest = useRef(0);
  const picks = useRef(0);

  const start = (target: File, with_: Settings) => {
    const run = ++latest.current;
    const pick = picks.current;
    const update = (next: CheckStatus) => run === latest.current && setStatus(next);
    update({ state: 'checking', name: target.name, progress: null });
    runCheck(
      target,
      with_,
      (progress) => update({ state: 'checking', name: target.name, progress }),
      pass,
    )
      .then(({ outcome, packed }) => update({ state: 'done', outcome, packed, pick }))
      .catch((error: Error) =>
        update({
          state: 'error',
          name: target.name,
          message: error.message,
          about: error instanceof CheckFailure ? error.about : 'file',
        }),
      );
  };

  return {
    status,
    settings,
    /** `with_`: settings for this file on (a sub-account's profile), else the ones in use. */
    check(target: File, with_?: Settings) {
      file.current = target;
      picks.current++;
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
  };
}
