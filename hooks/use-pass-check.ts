import { useEffect, useState } from 'preact/hooks';
import { send } from '../utils/messaging/send';

/**
 * Whether the panel's pass is the one the background gave our content script for this tab (null
 * while asking). Only then is the panel ours, opened beside the user's import: a panel a page
 * framed itself gets no saved settings, cannot change them, and keeps nothing.
 */
export function usePassCheck(pass: string | null): boolean | null {
  const [valid, setValid] = useState<boolean | null>(pass === null ? false : null);
  useEffect(() => {
    if (pass === null) return;
    send({ type: 'check-pass', pass })
      .then((answer) => setValid(answer === true))
      .catch(() => setValid(false));
  }, [pass]);
  return valid;
}
