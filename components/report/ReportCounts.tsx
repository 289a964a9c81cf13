import { type Summary } from '../../lib/types';
import { OUTCOME_CLASSES, OUTCOMES } from '../../lib/highlevel/outcomes';

/** Made once: `toLocaleString` builds a formatter on every call, tens of microseconds each. */
const COUNT = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => COUNT.format(n);

/** With seconds where two attempts made the same minute must be told apart. */
export const formatWhen = (epoch: number, { seconds = false } = {}) =>
  new Date(epoch).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: seconds ? 'medium' : 'short',
  });

/** Problems a report found per outcome class, as colored chips; the classes with none are left out. */
export function ReportCounts({ summary }: { summary: Summary }) {
  const found = OUTCOME_CLASSES.filter((outcome) => summary.byClass[outcome] > 0);
  return (
    <span class="chips">
      {found.length === 0 && (
        <span class="chip chip-clean" data-outcome="clean">
          No problems
        </span>
      )}
      {found.map((outcome) => (
        <span
          key={outcome}
          class={`chip chip-${outcome}`}
          data-outcome={outcome}
          title={`${formatCount(summary.byClass[outcome])} problems: ${OUTCOMES[outcome].short.toLowerCase()}`}
        >
          {OUTCOMES[outcome].short} <b>{formatCount(summary.byClass[outcome])}</b>
        </span>
      ))}
    </span>
  );
}
