import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The input a cell opens for editing, holding the cell's value: Enter commits what was typed,
 * Escape (or leaving the input) cancels. Its keys stay its own: the grid's arrows must not move
 * the selection while the user moves the caret.
 */
export function CellEditor({
  value,
  label,
  onCommit,
  onCancel,
}: {
  value: string;
  label: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  // Focused as it is put in the page, not after the next paint: a user who presses Enter and types
  // at once lost the first key to the grid ("bob@…" arrived as "ob@…" on a busy machine).
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <input
      ref={input}
      class="cell-editor"
      data-cell-editor
      aria-label={label}
      defaultValue={value}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          onCommit(event.currentTarget.value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      onBlur={onCancel}
      onDblClick={(event) => event.stopPropagation()}
    />
  );
}
