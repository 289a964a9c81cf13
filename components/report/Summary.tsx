import { useMemo } from 'preact/hooks';
import { codeEntry } from '../../lib/highlevel/codes';
import type { Issue, Report } from '../../lib/types';
import { OUTCOME_CLASSES, OUTCOMES } from '../../lib/highlevel/outcomes';
import { describeIssue } from '../../lib/issue';
import { fixedNote, verdictOf } from '../../lib/verdict';
import { issueIndexOf } from '../../utils/report-index/issue-index';
import { formatCount as count } from './ReportCounts';

/**
 * The headline after the fixes (what the cleaned file leaves for the user), the rows still
 * costing something by outcome, and, one click away, what HighLevel would do without the fixes.
 */
function AfterFixes({ report }: { report: Report }) {
  const { ready, fixed, needYou, left } = useMemo(() => verdictOf(report), [report]);
  const { rows } = report.summary;
  return (
    <>
      <p
        class={`verdict ${needYou ? 'verdict-need-you' : 'verdict-ready'}`}
        data-verdict
        data-ready={ready}
        data-fixed={fixed}
        data-need-you={needYou}
      >
        <strong>{count(ready)}</strong> {ready === 1 ? 'row' : 'rows'} ready to import ·{' '}
        <strong>{count(fixed)}</strong> fixed automatically · <strong>{count(needYou)}</strong>{' '}
        {needYou === 1 ? 'needs' : 'need'} you
      </p>
      <dl class="tiles" aria-label="After the fixes">
        <div class="tile tile-clean">
          <dt>Ready</dt>
          <dd>{count(ready)}</dd>
        </div>
        <div class="tile tile-row-skipped">
          <dt>Skipped</dt>
          <dd>{count(left.skipped)}</dd>
        </div>
        <div class="tile tile-field-dropped">
          <dt>Lose a field</dt>
          <dd>{count(left.fieldDropped)}</dd>
        </div>
        <div class="tile tile-duplicate-risk">
          <dt>Duplicate risk</dt>
          <dd>{count(left.duplicateRisk)}</dd>
        </div>
      </dl>
      <details class="before-fixes" data-before-fixes>
        <summary>Without the fixes</summary>
        <p>
          Of {count(rows.total)} rows, {count(rows.clean)} import cleanly, {count(rows.skipped)}{' '}
          would be skipped, {count(rows.fieldDropped)} would lose a field and{' '}
          {count(rows.duplicateRisk)} risk duplicates. The cleaned file changes{' '}
          {count(report.summary.changes)} cells.
        </p>
      </details>
    </>
  );
}

/** What the cleaned file resolved of a code's issues, listed by what HighLevel would do without it. */
function FixedNote({ issues }: { issues: readonly Issue[] }) {
  const note = fixedNote(issues, count);
  return note ? (
    <span class="fixed" data-fixed={note}>
      {note}
    </span>
  ) : null;
}

/**
 * What HighLevel would do with the file, in the user's words, grouped by outcome and code. With
 * `onShowRows`, each code found on rows offers to show them in the grid.
 */
export function Summary({
  report,
  onShowRows,
}: {
  report: Report;
  onShowRows?: (code: string) => void;
}) {
  const { fileBlocked } = report.summary;
  // Bytes that never read as text (a PDF, a workbook) have no rows to count or to clean.
  const read = report.file.encoding !== null;
  const { groups } = issueIndexOf(report.issues);
  return (
    <section class="summary" aria-label="Summary">
      {fileBlocked && (
        <p class="banner banner-blocked" role="alert">
          {read
            ? 'HighLevel would reject this file as it is. The cleaned file fixes what can be fixed.'
            : 'HighLevel would reject this file: it cannot be read as a CSV, so there is nothing to clean.'}
        </p>
      )}
      {read && <AfterFixes report={report} />}
      {OUTCOME_CLASSES.map((outcome) => {
        const codes = groups.get(outcome);
        if (!codes) return null;
        return (
          <section key={outcome} class={`outcome outcome-${outcome}`}>
            <h3>
              {OUTCOMES[outcome].name} <span class="hint">— {OUTCOMES[outcome].hint}</span>
            </h3>
            <ul>
              {[...codes].map(([code, list]) => (
                <li key={code} data-code={code} data-count={list.length}>
                  <details open={outcome === 'file-blocked'}>
                    <summary>
                      <span class="code">{code}</span>
                      <span class="name">{codeEntry(code)?.name}</span>
                      {/* Before the count, so that the counts line up at the right. */}
                      <FixedNote issues={list} />
                      <span class="count">{count(list.length)}</span>
                    </summary>
                    <p class="example">{list[0] && describeIssue(list[0])}</p>
                  </details>
                  {onShowRows &&
                    (list.some((issue) => issue.row !== null) ? (
                      <button
                        type="button"
                        class="show-rows"
                        data-show-code={code}
                        onClick={() => onShowRows(code)}
                      >
                        {list.length === 1 ? 'Show row' : 'Show rows'}
                      </button>
                    ) : (
                      // The column kept, so every count lines up.
                      <span />
                    ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {report.issues.length === 0 && (
        <p class="banner banner-clean">No problems found: HighLevel should import every row.</p>
      )}
    </section>
  );
}
