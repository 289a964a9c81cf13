import { browser } from 'wxt/browser';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryReply, HistoryRequest } from '../../utils/messaging/protocol';

/** Asks the background, the database's only writer; a failure comes back as a reply to show. */
async function askBackground(request: HistoryRequest): Promise<HistoryReply> {
  try {
    return (await browser.runtime.sendMessage(request)) as HistoryReply;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'error', message };
  }
}

interface Props {
  /** The first button's `data-action`; the confirmation shows in `[data-confirm=<action>]`. */
  action: string;
  request: HistoryRequest;
  /** "Delete this report?" */
  question: string;
  /** The label of the button that does it: "Delete". */
  confirm: string;
  disabled?: boolean;
  onDone?: () => void;
  children: ComponentChildren;
}

/**
 * A button for a change that cannot be undone: the first click asks inline ("Delete this report?
 * Delete / Cancel") rather than in a dialog, so the question sits where the user looks and
 * automation clicks `[data-action="confirm"]` like any other button. Escape cancels.
 */
export function ReportConfirm({
  action,
  request,
  question,
  confirm,
  disabled,
  onDone,
  children,
}: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const start = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  // Focus follows the question and comes back to the button after it, never on first render.
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (answered.current) start.current?.focus();
  }, [asking]);

  const close = () => {
    answered.current = true;
    setAsking(false);
  };
  const send = async () => {
    setBusy(true);
    const reply = await askBackground(request);
    setBusy(false);
    close();
    if (reply.ok) onDone?.();
    else setFailure(reply.message);
  };

  return (
    <span class="confirm" data-confirm={action}>
      {asking ? (
        <span
          class="confirm-question"
          role="group"
          aria-label={question}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <span>{question}</span>
          <button type="button" class="danger" data-action="confirm" disabled={busy} onClick={send}>
            {confirm}
          </button>
          <button type="button" ref={cancel} data-action="cancel" onClick={close}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          ref={start}
          data-action={action}
          disabled={disabled}
          onClick={() => {
            setFailure(null);
            setAsking(true);
          }}
        >
          {children}
        </button>
      )}
      {failure && (
        <span class="banner banner-blocked" role="alert">
          {failure}
        </span>
      )}
    </span>
  );
}
