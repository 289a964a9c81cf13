import { codeEntry } from '../../lib/highlevel/codes';
import {
  compareAttempts,
  type CountChange,
  type RowCount,
  type VerdictCount,
} from '../../lib/compare';
import type { ReportEntry } from '../../utils/db/db';
import { siteLabel } from '../../utils/db/report-filter';
import { reportsPageUrl } from '../../utils/pages/report-link';
import { OUTCOMES } from '../../lib/highlevel/outcomes';
import { formatCount, formatWhen } from '../report/ReportCounts';
import { formatBytes } from './ReportFacts';
import { ReportLink } from './ReportLink';
import { ReportMissing } from './ReportPage';

const ROW_NAMES: Record<RowCount, string> = {
  total: 'Rows in the file',
  clean: 'Import cleanly',
  skipped: 'Skipped',
  fieldDropped: 'Lose a field',
  duplicateRisk: 'Duplicate risk',
  cleanedOut: 'Rows in the cleaned file',
  rejectedOut: 'Rows in the rejected file',
};

const VERDICT_NAMES: Record<VerdictCount, string> = {
  ready: 'Ready to import',
  fixed: 'Fixed automatically',
  needYou: 'Need you',
};

function changeText({ change }: { change: number }): string {
  if (change === 0) return 'same';
  return change > 0 ? `+${formatCount(change)} more` : `−${formatCount(-change)} fewer`;
}

/** One table of counts, before → after, each change colored by whether it is good news. */
function CountTable<K extends string>({
  title,
  hook,
  changes,
  name,
}: {
  title: string;
  /** The data attribute each row carries its key in: `data-compare-<hook>`. */
  hook: 'verdict' | 'row' | 'class' | 'code';
  changes: CountChange<K>[];
  name: (key: K) => string;
}) {
  return (
    <section class="compare-section">
      <h3>{title}</h3>
      <table class="compare-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((entry) => (
            <tr
              key={entry.key}
              {...{ [`data-compare-${hook}`]: entry.key }}
              data-before={entry.before}
              data-after={entry.after}
            >
              <th scope="row">{name(entry.key)}</th>
              <td>{formatCount(entry.before)}</td>
              <td>{formatCount(entry.after)}</td>
              <td class={`change change-${entry.verdict}`}>{changeText(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Side({ label, entry }: { label: string; entry: ReportEntry }) {
  return (
    <div class="compare-side">
      <span class="compare-side-label">{label}</span>
      <ReportLink href={reportsPageUrl({ report: entry.id })}>
        {formatWhen(entry.checkedAt, { seconds: true })}
      </ReportLink>
      <span class="compare-side-facts">
        {siteLabel(entry.site)} · {formatBytes(entry.size)} · SHA-256{' '}
        <span title={entry.hash}>{entry.hash.slice(0, 12)}</span>
      </span>
    </div>
  );
}

/** Two attempts at one file side by side: the earlier is "before" whatever order the address has. */
export function ComparePage({ ids, entries }: { ids: [number, number]; entries: ReportEntry[] }) {
  const missing = ids.find((id) => !entries.some((entry) => entry.id === id));
  if (missing !== undefined) return <ReportMissing id={missing} />;
  const [before, after] = entries
    .filter((entry) => ids.includes(entry.id))
    .sort((a, b) => a.checkedAt - b.checkedAt);
  if (!before || !after) return null;
  const comparison = compareAttempts(before, after);
  return (
    <article class="compare" data-compare={`${before.id},${after.id}`}>
      <nav class="crumbs">
        <ReportLink href={reportsPageUrl()}>← All reports</ReportLink>
      </nav>
      <h2>{after.fileName}: two attempts compared</h2>
      <div class="compare-sides">
        <Side label="Before" entry={before} />
        <Side label="After" entry={after} />
      </div>
      <p
        class={`banner ${comparison.fileChanged ? 'banner-warning' : 'banner-clean'}`}
        data-file-changed={String(comparison.fileChanged)}
      >
        {comparison.fileChanged
          ? `The file itself changed between the attempts (its SHA-256 differs): ${formatBytes(before.size)} → ${formatBytes(after.size)}.`
          : 'The same file both times (the same SHA-256).'}
      </p>
      <section class="compare-section">
        <h3>Settings</h3>
        {comparison.settings.length === 0 ? (
          <p class="compare-none" data-settings-same>
            The same settings both times.
          </p>
        ) : (
          <table class="compare-table compare-settings">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {comparison.settings.map((setting) => (
                <tr key={setting.path} data-setting={setting.path}>
                  <th scope="row">{setting.label}</th>
                  <td>{setting.before}</td>
                  <td>{setting.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {comparison.afterFixes && (
        <CountTable
          title="After the fixes"
          hook="verdict"
          changes={comparison.afterFixes}
          name={(key) => VERDICT_NAMES[key]}
        />
      )}
      <div class="compare-grid">
        <CountTable
          title="Rows without the fixes"
          hook="row"
          changes={comparison.rows}
          name={(key) => ROW_NAMES[key]}
        />
        <CountTable
          title="Problems by outcome"
          hook="class"
          changes={comparison.byClass}
          name={(key) => OUTCOMES[key].short}
        />
      </div>
      {comparison.byCode.length > 0 && (
        <CountTable
          title="Problems by code"
          hook="code"
          changes={comparison.byCode}
          name={(key) => `${key} · ${codeEntry(key)?.name ?? 'unknown code'}`}
        />
      )}
    </article>
  );
}
