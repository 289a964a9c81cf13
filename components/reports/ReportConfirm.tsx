import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorReply, type Request, type WriteReply } from '../../utils/messaging/protocol';
import { send } from '../../utils/messaging/send';

interface Props {
  /** The first button's `data-action`; the confirmation shows in `[data-confirm=<action>]`. */
  action: string;
  /** Asked of the background, the database's only writer. */
  request: Request<'delete-reports'> | Request<'clear-reports'>;
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
  // Focus follows the question and comes back to the button after it, never on first render; at
  // once (a layout effect), so a key pressed straight after lands where the focus now is.
  useLayoutEffect(() => {
    if (asking) cancel.current?.focus();
    else if (answered.current) start.current?.focus();
  }, [asking]);

  const close = () => {
    answered.current = true;
    setAsking(false);
  };
  const onConfirm = async () => {
    setBusy(true);
    // A failure to deliver comes back as a reply to show, like a refused write.
    const reply: WriteReply = await send(request).catch(errorReply);
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
          <button
            type="button"
            class="danger"
            data-action="confirm"
            disabled={busy}
            onClick={onConfirm}
          >
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
