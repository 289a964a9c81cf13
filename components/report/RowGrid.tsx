import { useMemo, useState } from 'preact/hooks';
import { type Change, type Issue } from '../../lib/types';
import { OUTCOME_CLASSES, type OutcomeClass } from '../../lib/highlevel/outcomes';
import { describeIssue } from '../../lib/issue';

const ROW_HEIGHT = 30;
const VISIBLE_HEIGHT = 420;
const OVERSCAN = 8;

interface RowMarks {
  /** The worst outcome on the row. */
  outcome: OutcomeClass;
  /** The worst issue per column header; row-level issues under ''. */
  cells: Map<string, Issue>;
  codes: Set<string>;
}

const rank = (outcome: OutcomeClass) => OUTCOME_CLASSES.indexOf(outcome);

function markRows(issues: readonly Issue[]): Map<number, RowMarks> {
  const marks = new Map<number, RowMarks>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    let mark = marks.get(issue.row);
    if (!mark)
      marks.set(issue.row, (mark = { outcome: issue.class, cells: new Map(), codes: new Set() }));
    if (rank(issue.class) < rank(mark.outcome)) mark.outcome = issue.class;
    mark.codes.add(issue.code);
    const key = issue.column ?? '';
    const current = mark.cells.get(key);
    if (!current || rank(issue.class) < rank(current.class)) mark.cells.set(key, issue);
  }
  return marks;
}

export type RowFilter = 'all' | 'problems' | { code: string };

interface Props {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  firstRowNumber: number;
  issues: readonly Issue[];
  changes: readonly Change[];
  filter: RowFilter;
}

/**
 * The file's rows with offending cells highlighted. Virtualized: only the rows in view are in the
 * DOM, so a 10,000-row file scrolls as smoothly as a 10-row one. Values are rendered as text.
 */
export function RowGrid({ columns, rows, firstRowNumber, issues, changes, filter }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const marks = useMemo(() => markRows(issues), [issues]);
  const before = useMemo(
    () => new Map(changes.map((c) => [`${c.row}\u0000${c.column}`, c.before])),
    [changes],
  );
  const shown = useMemo(() => {
    const numbers = rows.map((_, i) => firstRowNumber + i);
    if (filter === 'all') return numbers;
    if (filter === 'problems')
      return numbers.filter(
        (n) => marks.get(n)?.outcome !== undefined && marks.get(n)?.outcome !== 'notice',
      );
    return numbers.filter((n) => marks.get(n)?.codes.has(filter.code));
  }, [rows, firstRowNumber, marks, filter]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(
    shown.length,
    Math.ceil((scrollTop + VISIBLE_HEIGHT) / ROW_HEIGHT) + OVERSCAN,
  );
  // Fixed widths: every row is its own grid, and they must line up with the header.
  const template = `4.5rem repeat(${columns.length}, 11rem)`;
  const width = `calc(4.5rem + ${columns.length} * 11rem)`;

  return (
    <div class="grid" role="table" aria-rowcount={shown.length} aria-label="Rows of the file">
      <div
        class="grid-body"
        style={{ height: `${VISIBLE_HEIGHT}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div class="grid-head" role="row" style={{ gridTemplateColumns: template, width }}>
          <span role="columnheader">Row</span>
          {columns.map((column) => (
            <span role="columnheader" key={column} title={column}>
              {column}
            </span>
          ))}
        </div>
        <div style={{ height: `${shown.length * ROW_HEIGHT}px`, position: 'relative', width }}>
          {shown.slice(first, last).map((number, offset) => {
            const values = rows[number - firstRowNumber] ?? [];
            const mark = marks.get(number);
            const rowIssue = mark?.cells.get('');
            return (
              <div
                key={number}
                role="row"
                class={`grid-row ${mark ? `is-${mark.outcome}` : ''}`}
                data-row={number}
                data-class={mark?.outcome ?? 'clean'}
                style={{ top: `${(first + offset) * ROW_HEIGHT}px`, gridTemplateColumns: template }}
              >
                <span
                  role="rowheader"
                  class={rowIssue ? `cell is-${rowIssue.class}` : 'cell'}
                  data-issue={rowIssue?.code}
                  title={rowIssue && describeIssue(rowIssue)}
                  tabIndex={rowIssue ? 0 : undefined}
                >
                  {number}
                </span>
                {columns.map((column, i) => {
                  const issue = mark?.cells.get(column);
                  const was = before.get(`${number}\u0000${column}`);
                  return (
                    <span
                      role="cell"
                      key={column}
                      class={issue ? `cell is-${issue.class}` : 'cell'}
                      data-issue={issue?.code}
                      title={
                        issue
                          ? `${issue.code}: ${describeIssue(issue)}`
                          : was !== undefined
                            ? `Was "${was}"; the cleaned file has "${values[i] ?? ''}"`
                            : undefined
                      }
                      tabIndex={issue ? 0 : undefined}
                    >
                      {was !== undefined && <s class="before">{was}</s>}
                      {values[i]}
                    </span>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      {shown.length === 0 && <p class="grid-empty">No rows match this filter.</p>}
    </div>
  );
}
