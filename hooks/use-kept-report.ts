import { useEffect, useRef, useState } from 'preact/hooks';
import { keepReport } from '../utils/messaging/keep-report';
import { errorReply, reportToKeep, type WriteReply } from '../utils/messaging/protocol';
import type { CheckStatus } from './use-check';

/**
 * Keeps each finished check in the reports history, through the background (the only writer).
 * A re-run of the same pick with other settings replaces its report rather than adding one.
 * Returns the background's reply to the latest check, so a full disk is told without hiding the
 * result. `pass`: the panel's (utils/background/panel-pass.ts); our own pages need none.
 */
export function useKeptReport(
  status: CheckStatus,
  site: string | null,
  pass?: string | null,
): WriteReply | null {
  const [reply, setReply] = useState<WriteReply | null>(null);
  const kept = useRef<{ pick: number; id: number } | null>(null);
  // One save after another: a re-run's save must know the id its pick's last save was given.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);
  // Once a run: its result is shown twice, before and after its files are written.
  const packedOf = status.state === 'done' ? status.packed : null;
  useEffect(() => {
    if (status.state !== 'done') return;
    const { outcome, packed, pick } = status;
    const run = ++latest.current;
    setReply(null);
    queue.current = queue.current.then(async () => {
      let answer: WriteReply;
      try {
        const body = await packed;
        const replaces = kept.current?.pick === pick ? kept.current.id : null;
        answer = await keepReport(
          reportToKeep(outcome, body, { site, replaces }),
          pass ?? undefined,
        );
        if (answer.ok && answer.id !== undefined) kept.current = { pick, id: answer.id };
      } catch (error) {
        answer = errorReply(error);
      }
      if (run === latest.current) setReply(answer);
    });
  }, [packedOf]);
  return reply;
}
