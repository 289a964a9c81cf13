import type { ComponentChildren } from 'preact';
import { describeIssue } from '../../lib/issue';
import type { RowMarks } from '../../utils/report-index/issue-index';
import type { RowValues } from '../../utils/rows/text-rows';
import { cellTitle } from './cell-reason';
import type { GridWindow } from './grid-window';

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

/** ARIA counts columns from 1, and the row number and the spacer come first. */
const FIRST_COLINDEX = 2;

/** The grid position of the cell an event happened in; null outside the cells (the row number). */
function positionOf(event: Event): number | null {
  const cell = event.target instanceof Element ? event.target.closest('[role="gridcell"]') : null;
  const colindex = Number(cell?.getAttribute('aria-colindex'));
  return colindex >= FIRST_COLINDEX ? colindex - FIRST_COLINDEX : null;
}

export function GridRow(props: RowProps) {
  const { grid, number, top, values, columns, inView, template, mark, before, selected } = props;
  const rowIssue = mark?.cell('');
  return (
    <div
      role="row"
      class={`grid-row ${mark ? `is-${mark.outcome}` : ''}`}
      data-row={number}
      data-class={mark?.outcome ?? 'clean'}
      style={{ top: `${top}px`, gridTemplateColumns: template }}
      // One listener a row, not two a cell: a screen of cells mounts with the result.
      onMouseDown={(event) => {
        const index = positionOf(event);
        if (index === null) return;
        // The grid keeps the focus: the selection follows the pointer.
        if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
        props.onPick(index, false);
      }}
      onDblClick={(event) => {
        const index = positionOf(event);
        if (index !== null) props.onPick(index, true);
      }}
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
        const issue = mark?.cell(column);
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
            aria-colindex={index + FIRST_COLINDEX}
            aria-selected={selected === index}
            class={classes.filter(Boolean).join(' ')}
            data-cell={`${number}:${column}`}
            data-issue={issue?.code}
            title={cellTitle(issue, was, value)}
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
