import { useEffect, useState } from 'preact/hooks';
import { validateRetention, type Retention as Policy } from '../../lib/settings-file';
import { send } from '../../utils/messaging/send';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { retentionItem } from '../../utils/storage/retention';
import type { Track } from './editor';
import { FieldError } from './Section';
import { TextField } from './TextField';

const WHOLE = /^\d+$/;
/** The two limits, each a box named by its key; `example` is a value to suggest. */
const LIMITS = [
  { key: 'maxDays', label: 'Keep reports for', suffix: 'days', example: '30' },
  { key: 'maxReports', label: 'Keep at most', suffix: 'reports', example: '100' },
] as const;

/** Has the background apply the saved policy at once, not only after the next check. */
async function apply(): Promise<void> {
  const reply = await send({ type: 'apply-retention' });
  if (!reply.ok) {
    throw new Error(`Saved, but older reports could not be deleted yet: ${reply.message}.`);
  }
}

/** How long the reports history keeps reports: days and a count, both applied. */
export function Retention({ track }: { track: Track }) {
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void retentionItem.get().then(setPolicy);
  }, []);
  if (!policy) return null;

  /** The typed number checked by the one schema; its message names the limit. */
  const commit = (key: keyof Policy, text: string, example: string): string | null => {
    if (!WHOLE.test(text)) return `Enter a whole number, such as ${example}.`;
    const checked = validateRetention({ ...policy, [key]: Number(text) });
    if (!checked.ok)
      return `Not saved: ${checked.errors.map((e) => e.replace(/^\w+: /, '')).join('; ')}.`;
    setPolicy(checked.retention);
    setError(null);
    const write = retentionItem.set(checked.retention);
    track(write);
    write.then(apply).catch((failure: Error) => setError(failure.message));
    return null;
  };

  return (
    <>
      <div class="fields">
        {LIMITS.map(({ key, label, suffix, example }) => (
          <TextField
            key={key}
            name={key}
            label={label}
            suffix={suffix}
            value={String(policy[key])}
            commit={(text) => commit(key, text, example)}
          />
        ))}
      </div>
      <FieldError message={error} />
      <p>
        <a href={reportsPageUrl()} target="_blank" rel="noopener" data-action="open-reports">
          Open the reports
        </a>{' '}
        to look at them again or delete them.
      </p>
    </>
  );
}
