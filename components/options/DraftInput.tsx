import type { TargetedEvent } from 'preact';

/**
 * A box of a row edited in place: every keystroke goes to the row's draft (`done` false: a
 * re-render would otherwise put the saved text back); leaving it or pressing Enter also commits
 * the draft (`done` true).
 */
export function DraftInput({
  name,
  label,
  value,
  edit,
  type,
  placeholder,
}: {
  name: string;
  /** The accessible name: "Name of user 2". */
  label: string;
  value: string;
  edit: (text: string, done: boolean) => void;
  type?: 'email';
  placeholder?: string;
}) {
  const box = {
    'aria-label': label,
    placeholder,
    value,
    onInput: (event: TargetedEvent<HTMLInputElement>) => edit(event.currentTarget.value, false),
    onChange: (event: TargetedEvent<HTMLInputElement>) => edit(event.currentTarget.value, true),
  };
  // Preact types each input `type` on its own, so "email or none" takes two elements.
  return type ? <input name={name} type={type} {...box} /> : <input name={name} {...box} />;
}
