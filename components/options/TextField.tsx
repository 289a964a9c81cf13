import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FieldError } from './Section';

/**
 * A text box whose value is read when the user leaves it or presses Enter: `commit` saves it and
 * returns null, or returns what is wrong, shown beside the box (the typed text stays to fix).
 */
export function TextField({
  name,
  label,
  value,
  commit,
  suffix,
  placeholder,
  numeric = true,
}: {
  name: string;
  label: ComponentChildren;
  /** The saved value, as text: the box follows it when it changes elsewhere. */
  value: string;
  commit: (text: string) => string | null;
  suffix?: string;
  placeholder?: string;
  numeric?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);
  return (
    <div class="field">
      <label>
        {label}
        <input
          name={name}
          value={draft}
          placeholder={placeholder}
          // Text, not type=number: Chromium hands a page "" for "abc" there, which reads as "no limit".
          inputMode={numeric ? 'decimal' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${name}-error` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={(event) => setError(commit(event.currentTarget.value.trim()))}
        />
        {suffix && <span class="suffix">{suffix}</span>}
      </label>
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}
