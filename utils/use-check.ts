import { useState } from 'preact/hooks';
import type { Progress } from '../lib/types';
import type { CheckOutcome } from './check-protocol';
import { runCheck } from './run-check';

export type CheckStatus =
  | { state: 'idle' }
  | { state: 'checking'; name: string; progress: Progress | null }
  | { state: 'done'; outcome: CheckOutcome }
  | { state: 'error'; name: string; message: string };

/** A check's status for a component, and the function that starts one. */
export function useCheck(settings: unknown = {}): [CheckStatus, (file: File) => void] {
  const [status, setStatus] = useState<CheckStatus>({ state: 'idle' });
  const check = (file: File) => {
    setStatus({ state: 'checking', name: file.name, progress: null });
    runCheck(file, settings, (progress) =>
      setStatus({ state: 'checking', name: file.name, progress }),
    )
      .then((outcome) => setStatus({ state: 'done', outcome }))
      .catch((error: Error) =>
        setStatus({ state: 'error', name: file.name, message: error.message }),
      );
  };
  return [status, check];
}
