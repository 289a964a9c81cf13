import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkModeItem, type CheckMode } from '../../utils/storage/check-mode';

/** The hold / check-alongside switch, read from and saved to the shared preference. */
export function HoldSwitch({
  children,
  onSaved,
}: {
  children: ComponentChildren;
  onSaved?: () => void;
}) {
  const [mode, setMode] = useState<CheckMode>('hold');
  useEffect(() => {
    void checkModeItem.get().then(setMode);
  }, []);
  return (
    <label class="mode">
      <input
        type="checkbox"
        name="hold"
        checked={mode === 'hold'}
        onChange={(event) => {
          const next: CheckMode = event.currentTarget.checked ? 'hold' : 'alongside';
          setMode(next);
          void checkModeItem.set(next).then(onSaved);
        }}
      />
      {children}
    </label>
  );
}
