import { useMemo } from 'preact/hooks';
import { type Change, type Issue } from '../../lib/types';
import { isWorse, type OutcomeClass } from '../../lib/highlevel/outcomes';
import { describeIssue } from '../../lib/issue';
import { changeLookup } from './change-lookup';
import { gridWindow, type GridWindow } from './grid-window';
import { useGridViewport } from './use-grid-viewport';

/**
 * The root font size in px. The grid is sized in rem like the rest of the page, so it grows with
 * the browser's font setting; its windowing arithmetic is in px.
 */
const REM =
  typeof document === 'undefined'
    ? 16
    : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const ROW_HEIGHT = 1.875 * REM; // .grid-row's height in report.css
const VISIBLE_HEIGHT = 26.25 * REM;
const ROW_OVERSCAN = 8;
// Fixed widths: every row is its own grid and must line up with the header, and the columns in
// view follow from the scroll by arithmetic alone, whatever the column count.
const ROW_NUMBER_WIDTH = 4.5 * REM;
const COLUMN_WIDTH = 11 * REM;
const COLUMN_OVERSCAN = 3;

interface RowMarks {
  /** The worst outcome on the row. */
  outcome: OutcomeClass;
  /** The worst issue per column header; row-level issues under ''. */
  cells: Map<string, Issue>;
  codes: Set<string>;
}

function markRows(issues: readonly Issue[]): Map<number, RowMarks> {
  const marks = new Map<number, RowMarks>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    let mark = marks.get(issue.row);
    if (!mark)
      marks.set(issue.row, (mark = { outcome: issue.class, cells: new Map(), codes: new Set() }));
    if (isWorse(issue.class, mark.outcome)) mark.outcome = issue.class;
    mark.codes.add(issue.code);
    const key = issue.column ?? '';
    const current = mark.cells.get(key);
    if (!current || isWorse(issue.class, current.class)) mark.cells.set(key, issue);
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

/** What hovering a cell tells: its problem or its fix, and the whole value a narrow cell cuts. */
function cellTitle(issue: Issue | undefined, was: string | undefined, value: string): string {
  if (issue) return `${issue.code}: ${describeIssue(issue)}${value && `\n${value}`}`;
  if (was !== undefined) return `Was "${was}"; the cleaned file has "${value}"`;
  return value;
}

/**
 * The grid tracks: row numbers, one track for the columns left of the window, then the columns in
 * it. Header and rows share it, so they line up.
 */
function gridTemplate({ first, last }: GridWindow): string {
  const inView = last > first ? ` repeat(${last - first}, ${COLUMN_WIDTH}px)` : '';
  return `${ROW_NUMBER_WIDTH}px ${first * COLUMN_WIDTH}px${inView}`;
}

interface RowProps {
  number: number;
  top: number;
  values: readonly string[];
  columns: readonly string[];
  inView: GridWindow;
  template: string;
  mark: RowMarks | undefined;
  before: (row: number, column: string) => string | undefined;
}

function GridRow({ number, top, values, columns, inView, template, mark, before }: RowProps) {
  const rowIssue = mark?.cells.get('');
  return (
    <div
      role="row"
      class={`grid-row ${mark ? `is-${mark.outcome}` : ''}`}
      data-row={number}
      data-class={mark?.outcome ?? 'clean'}
      style={{ top: `${top}px`, gridTemplateColumns: template }}
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
      <span aria-hidden="true" />
      {columns.slice(inView.first, inView.last).map((column, offset) => {
        const index = inView.first + offset;
        const issue = mark?.cells.get(column);
        const was = before(number, column);
        const value = values[index] ?? '';
        return (
          <span
            role="cell"
            key={index}
            aria-colindex={index + 2}
            class={issue ? `cell is-${issue.class}` : 'cell'}
            data-issue={issue?.code}
            title={cellTitle(issue, was, value)}
            tabIndex={issue ? 0 : undefined}
          >
            {was !== undefined && <s class="before">{was}</s>}
            {value}
          </span>
        );
      })}
    </div>
  );
}

/**
 * The file's rows with offending cells highlighted. Virtualized both ways: only the rows and the
 * columns in view are in the DOM, so a 10,000-row or a 100,000-column file scrolls as smoothly as
 * a small one. Values are rendered as text; a long one is cut, whole on hover.
 */
export function RowGrid({ columns, rows, firstRowNumber, issues, changes, filter }: Props) {
  const { ref, viewport, onScroll } = useGridViewport();
  const marks = useMemo(() => markRows(issues), [issues]);
  const before = useMemo(() => changeLookup(changes), [changes]);
  const shown = useMemo(() => {
    const numbers = rows.map((_, i) => firstRowNumber + i);
    if (filter === 'all') return numbers;
    if (filter === 'problems')
      return numbers.filter(
        (n) => marks.get(n)?.outcome !== undefined && marks.get(n)?.outcome !== 'notice',
      );
    return numbers.filter((n) => marks.get(n)?.codes.has(filter.code));
  }, [rows, firstRowNumber, marks, filter]);

  const rowWindow = gridWindow({
    offset: viewport.top,
    viewport: VISIBLE_HEIGHT,
    size: ROW_HEIGHT,
    count: shown.length,
    overscan: ROW_OVERSCAN,
  });
  // The row numbers stay at the left edge, over the columns scrolled under them.
  const columnWindow = gridWindow({
    offset: viewport.left,
    viewport: viewport.width - ROW_NUMBER_WIDTH,
    size: COLUMN_WIDTH,
    count: columns.length,
    overscan: COLUMN_OVERSCAN,
  });
  const template = gridTemplate(columnWindow);
  const width = `${ROW_NUMBER_WIDTH + columns.length * COLUMN_WIDTH}px`;

  return (
    <div
      class="grid"
      role="table"
      aria-rowcount={shown.length}
      aria-colcount={columns.length + 1}
      aria-label="Rows of the file"
    >
      <div
        class="grid-body"
        ref={ref}
        style={{ height: `${VISIBLE_HEIGHT}px` }}
        onScroll={onScroll}
      >
        <div class="grid-head" role="row" style={{ gridTemplateColumns: template, width }}>
          <span role="columnheader">Row</span>
          <span aria-hidden="true" />
          {columns.slice(columnWindow.first, columnWindow.last).map((column, offset) => (
            <span
              role="columnheader"
              key={columnWindow.first + offset}
              aria-colindex={columnWindow.first + offset + 2}
              title={column}
            >
              {column}
            </span>
          ))}
        </div>
        <div style={{ height: `${shown.length * ROW_HEIGHT}px`, position: 'relative', width }}>
          {shown.slice(rowWindow.first, rowWindow.last).map((number, offset) => (
            <GridRow
              key={number}
              number={number}
              top={(rowWindow.first + offset) * ROW_HEIGHT}
              values={rows[number - firstRowNumber] ?? []}
              columns={columns}
              inView={columnWindow}
              template={template}
              mark={marks.get(number)}
              before={before}
            />
          ))}
        </div>
      </div>
      {shown.length === 0 && <p class="grid-empty">No rows match this filter.</p>}
    </div>
  );
}
