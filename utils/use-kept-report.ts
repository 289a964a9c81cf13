import { useEffect, useRef, useState } from 'preact/hooks';
import { saveReportRequest, type HistoryReply } from './history-protocol';
import type { CheckStatus } from './use-check';

/**
 * Keeps each finished check in the reports history, through the background (the only writer).
 * A re-run of the same pick with other settings replaces its report rather than adding one.
 * Returns the background's reply, so a full disk can be told without hiding the result.
 */
export function useKeptReport(status: CheckStatus, site: string | null): HistoryReply | null {
  const [reply, setReply] = useState<HistoryReply | null>(null);
  const kept = useRef<{ pick: number; id: number } | null>(null);
  useEffect(() => {
    if (status.state !== 'done') return;
    const { outcome, packed, pick } = status;
    const replaces = kept.current?.pick === pick ? kept.current.id : null;
    setReply(null);
    packed
      .then((body) =>
        browser.runtime.sendMessage(saveReportRequest(outcome, body, { site, replaces })),
      )
      .then((answer: HistoryReply) => {
        if (answer.ok && answer.id !== undefined) kept.current = { pick, id: answer.id };
        setReply(answer);
      })
      .catch((error: Error) => setReply({ ok: false, reason: 'error', message: error.message }));
  }, [status]);
  return reply;
}
