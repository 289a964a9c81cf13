import type { ComponentChildren } from 'preact';
import { isWorse, type OutcomeClass } from '../../lib/highlevel/outcomes';
import { describeIssue } from '../../lib/issue';
import type { Issue } from '../../lib/types';
import type { RowValues } from '../../utils/rows/text-rows';
import { cellTitle } from './cell-reason';
import type { GridWindow } from './grid-window';

export interface RowMarks {
  /** The worst outcome on the row. */
  outcome: OutcomeClass;
  /** The worst issue per column header; row-level issues under ''. */
  cells: Map<string, Issue>;
  codes: Set<string>;
}

export function markRows(issues: readonly Issue[]): Map<number, RowMarks> {
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

export const isProblem = (mark: RowMarks | undefined) =>
  mark !== undefined && mark.outcome !== 'notice';

/** The id of a cell, for the grid's aria-activedescendant. */
export const cellId = (grid: string, row: number, column: number) => `${grid}-${row}-${column}`;

interface RowProps {
  grid: string;
  number: number;
  top: number;
  values: RowValues;
  /** The headers in the grid's order, and the file's column index at each position. */
  columns: readonly string[];
  order: readonly number[];
  inView: GridWindow;
  template: string;
  mark: RowMarks | undefined;
  before: (row: number, column: string) => string | undefined;
  edited: ReadonlySet<string>;
  /** The selected column when the selection is on this row. */
  selected: number | null;
  /** The open editor when it is on this row. */
  editor: ComponentChildren;
  onPick: (column: number, open: boolean) => void;
}

export function GridRow(props: RowProps) {
  const { grid, number, top, values, columns, inView, template, mark, before, selected } = props;
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
      >
        {number}
      </span>
      <span aria-hidden="true" />
      {columns.slice(inView.first, inView.last).map((column, offset) => {
        const index = inView.first + offset;
        const issue = mark?.cells.get(column);
        const was = before(number, column);
        const value = values.at(props.order[index] ?? index) ?? '';
        const classes = [
          'cell',
          issue && `is-${issue.class}`,
          props.edited.has(`${number}:${column}`) && 'is-edited',
          selected === index && 'is-selected',
        ];
        return (
          <span
            role="gridcell"
            key={index}
            id={cellId(grid, number, index)}
            aria-colindex={index + 2}
            aria-selected={selected === index}
            class={classes.filter(Boolean).join(' ')}
            data-cell={`${number}:${column}`}
            data-issue={issue?.code}
            title={cellTitle(issue, was, value)}
            onMouseDown={(event) => {
              // The grid keeps the focus: the selection follows the pointer.
              if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
              props.onPick(index, false);
            }}
            onDblClick={() => props.onPick(index, true)}
          >
            {selected === index && props.editor ? (
              props.editor
            ) : (
              // The value the cleaned file holds first: a narrow cell cuts the old one, not it.
              <>
                {value}
                {was !== undefined && <s class="before">{was}</s>}
              </>
            )}
          </span>
        );
      })}
    </div>
  );
}
