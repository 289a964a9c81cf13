import { MATCHING_NAMES } from '../../lib/highlevel/matching';
import type { ReportEntry } from '../../utils/db/db';
import { siteLabel } from '../../utils/db/report-filter';
import { formatWhen } from '../report/ReportCounts';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en-US')} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a kept report was: when and where it was made, the file's size and hash, the settings. */
export function ReportFacts({ entry }: { entry: ReportEntry }) {
  const { settings } = entry;
  const matching = [
    MATCHING_NAMES[settings.primary],
    settings.secondary && `then ${MATCHING_NAMES[settings.secondary]}`,
    settings.updateByContactId && 'update by Contact ID',
  ].filter(Boolean);
  const facts: [string, string, string?][] = [
    ['Checked', formatWhen(entry.checkedAt)],
    ['Where', siteLabel(entry.site)],
    ['Size', formatBytes(entry.size)],
    // The first hex digits tell two files apart; the whole hash is in the tooltip.
    ['SHA-256', entry.hash.slice(0, 12), entry.hash],
    ['Country', settings.country],
    ['Date format', settings.dateFormat],
    ['Matching', matching.join(', ')],
  ];
  return (
    <dl class="report-facts">
      {facts.map(([term, value, title]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd title={title}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
