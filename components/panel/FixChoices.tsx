import { FIX_KIND_KEYS, FIX_KINDS, withFixKind, type FixCounts } from '../../lib/fixes';
import type { Settings } from '../../lib/settings';
import { formatCount } from '../report/ReportCounts';

/**
 * Each kind of fix this file needs, with how many cells it changed (or, turned off, left as
 * written), and a box that turns it off or on again: the file is checked again at once, and the
 * cleaned file follows.
 */
export function FixChoices({
  counts,
  fixes,
  onChange,
}: {
  counts: FixCounts;
  fixes: Settings['fixes'];
  onChange: (fixes: Settings['fixes']) => void;
}) {
  const shown = FIX_KIND_KEYS.filter(
    (kind) => fixes.off.includes(kind) || (counts[kind]?.applied ?? 0) > 0,
  );
  if (shown.length === 0) return null;
  const applied = shown.reduce((sum, kind) => sum + (counts[kind]?.applied ?? 0), 0);
  return (
    <details class="fix-choices" data-fixes>
      <summary>
        Fixes: {formatCount(applied)} {applied === 1 ? 'cell' : 'cells'} fixed
        {fixes.off.length > 0 && `, ${fixes.off.length} turned off`}
      </summary>
      <ul>
        {shown.map((kind) => {
          const on = !fixes.off.includes(kind);
          const { applied = 0, declined = 0 } = counts[kind] ?? {};
          return (
            <li key={kind}>
              <label class="checkbox">
                <input
                  type="checkbox"
                  data-fix-kind={kind}
                  checked={on}
                  onChange={(event) =>
                    onChange(withFixKind(fixes, kind, event.currentTarget.checked))
                  }
                />
                {FIX_KINDS[kind].label}{' '}
                <span class="fix-count" data-fix-count={on ? applied : declined}>
                  {on ? `(${formatCount(applied)})` : `(${formatCount(declined)} left as written)`}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
