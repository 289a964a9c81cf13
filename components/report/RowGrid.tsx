import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { type Issue } from '../../lib/types';
import { CellEditor } from './CellEditor';
import { cellReason } from './cell-reason';
import type { GridEditing } from './grid-editing';
import { moveFor, nextProblem, type Spot } from './grid-keys';
import { gridWindow, spanWindow, type GridWindow } from './grid-window';
import { cellId, GridRow } from './GridRow';
import { GridToolbar, type ColumnActions } from './GridToolbar';
import { emptyingEdits, suggestionEdits } from './column-actions';
import { issueIndexOf } from '../../utils/report-index/issue-index';
import { useColumnLayout } from './use-column-layout';
import { useGridViewport } from './use-grid-viewport';
import type { RowSource } from '../../utils/rows/text-rows';
import { positionsOf, shownRows, type RowFilter } from './shown-rows';

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
// Every row is its own grid and must line up with the header: the widths are set once for the
// file (sized to the content), and the columns in view follow from the scroll by binary search.
const ROW_NUMBER_WIDTH = 4.5 * REM;
const COLUMN_SIZES = { charWidth: 0.55 * REM, padding: 1.25 * REM };
const COLUMN_OVERSCAN = 3;

/** A code the summary asked to show; `asked` counts the asks, so each one moves the grid. */
export interface GridReveal {
  code: string;
  asked: number;
}

interface Props {
  columns: readonly string[];
  rows: RowSource;
  firstRowNumber: number;
  issues: readonly Issue[];
  /** What a changed cell held before its fix; undefined for a cell without a change. */
  before: (row: number, column: string) => string | undefined;
  /** The file's column indexes in the grid's order: the columns with problems first. */
  columnOrder: ArrayLike<number>;
  filter: RowFilter;
  /** A code to show: its first cell among the rows shown is selected and scrolled to. */
  reveal?: GridReveal | null;
  /** Makes the cells editable; without it the grid is read-only (a kept report). */
  editing?: GridEditing;
}

/**
 * The grid tracks: row numbers, one track for the columns left of the window, then the columns in
 * it. Header and rows share it, so they line up.
 */
function gridTemplate({ first, last }: GridWindow, starts: Float64Array): string {
  const tracks = [`${ROW_NUMBER_WIDTH}px`, `${starts[first] ?? 0}px`];
  for (let at = first; at < last; at++)
    tracks.push(`${(starts[at + 1] ?? 0) - (starts[at] ?? 0)}px`);
  return tracks.join(' ');
}

/**
 * The file's rows with offending cells highlighted. Virtualized both ways: only the rows and the
 * columns in view are in the DOM, so a 10,000-row or a 100,000-column file scrolls as smoothly as
 * a small one. The columns with problems come first, each sized to its content; row numbers stay
 * pinned at the left. Values are rendered as text; a long one is cut, whole on hover and in the reason
 * line. The ARIA grid pattern: one tab stop, the selection moved by keys (grid-keys.ts); with
 * `editing`, Enter or a double-click opens the selected cell's editor.
 */
export function RowGrid(props: Props) {
  const { rows, firstRowNumber, issues, before, filter, reveal, editing } = props;
  const grid = useId();
  // Positions in the grid, not the file: `order` maps each to the file's column index.
  const {
    order,
    starts,
    headers: columns,
  } = useColumnLayout(props.columns, rows, props.columnOrder, COLUMN_SIZES);
  const fileIndex = (position: number) => order[position] ?? position;
  const { ref, viewport, onScroll } = useGridViewport();
  // Made as the issues arrived from the worker: nothing here reads them all.
  const index = issueIndexOf(issues);
  const { marks, suggestions } = index;
  const edits = editing?.edits;
  const edited = useMemo(
    () => new Set((edits ?? []).map((edit) => `${edit.row}:${edit.column}`)),
    [edits],
  );
  const editedRows = useMemo(() => new Set((edits ?? []).map((edit) => edit.row)), [edits]);
  const shown = useMemo(
    () => shownRows(filter, { first: firstRowNumber, count: rows.length }, index, editedRows),
    [rows, firstRowNumber, index, filter, editedRows],
  );
  // Made when a key or a reveal first asks: a 100,000-column file's map is a long task of its own.
  const columnIndex = useMemo(() => {
    let byName: Map<string, number> | null = null;
    return (column: string) => (byName ??= new Map(columns.map((c, i) => [c, i]))).get(column);
  }, [columns]);

  // The selection by row number, so it stays on its row when the rows shown change.
  const [selection, select] = useState<{ row: number; column: number } | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const positionOf = useMemo(() => positionsOf(shown), [shown]);
  const selectedAt = selection ? positionOf(selection.row) : undefined;
  const at: Spot | null =
    selection && selectedAt !== undefined ? { row: selectedAt, column: selection.column } : null;
  const editable = editing !== undefined;

  const rowWindow = gridWindow({
    offset: viewport.top,
    viewport: VISIBLE_HEIGHT,
    size: ROW_HEIGHT,
    count: shown.length,
    overscan: ROW_OVERSCAN,
  });
  // The row numbers stay at the left edge, over the columns scrolled under them.
  const columnWindow = spanWindow(starts, {
    offset: viewport.left,
    viewport: viewport.width - ROW_NUMBER_WIDTH,
    overscan: COLUMN_OVERSCAN,
  });
  const template = gridTemplate(columnWindow, starts);
  const width = `${ROW_NUMBER_WIDTH + (starts[columns.length] ?? 0)}px`;
  const head = useRef<HTMLDivElement>(null);

  /** Selects a cell and scrolls it into view, by arithmetic: it may not be rendered yet. */
  const moveTo = (spot: Spot) => {
    const number = shown[spot.row];
    if (number === undefined) return;
    select({ row: number, column: spot.column });
    setEditorOpen(false);
    const box = ref.current;
    if (!box) return;
    const headHeight = head.current?.offsetHeight ?? ROW_HEIGHT;
    const top = spot.row * ROW_HEIGHT;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + ROW_HEIGHT + headHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top + ROW_HEIGHT + headHeight - box.clientHeight;
    const left = starts[spot.column] ?? 0;
    const right = starts[spot.column + 1] ?? left;
    if (left < box.scrollLeft) box.scrollLeft = left;
    else if (right + ROW_NUMBER_WIDTH > box.scrollLeft + box.clientWidth)
      box.scrollLeft = right + ROW_NUMBER_WIDTH - box.clientWidth;
  };

  /** The problem columns of a shown row, in order: looked up on a key press, not per render. */
  const problemColumns = (row: number): number[] => {
    const mark = marks.get(shown[row] ?? -1);
    if (!mark) return [];
    const found = [...mark.cells()]
      .filter((issue) => issue.class !== 'notice')
      .map((issue) => (issue.column === null ? 0 : (columnIndex(issue.column) ?? 0)));
    return [...new Set(found)].sort((a, b) => a - b);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    if (editing && ctrl && (key === 'z' || key === 'Z' || key === 'y')) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) editing.redo();
      else editing.undo();
      return;
    }
    const from = at ?? { row: 0, column: 0 };
    let to: Spot | null = null;
    if (key === 'F8' || ((key === 'n' || key === 'N') && !ctrl))
      to = nextProblem(from, shown.length, problemColumns, event.shiftKey);
    else if (at && editable && (key === 'Enter' || key === 'F2')) {
      event.preventDefault();
      setEditorOpen(true);
      return;
    } else {
      const size = {
        rows: shown.length,
        columns: columns.length,
        page: Math.max(1, Math.floor(VISIBLE_HEIGHT / ROW_HEIGHT) - 1),
      };
      to = at || !key.startsWith('Arrow') ? moveFor(key, ctrl, from, size) : from;
    }
    if (!to) return;
    event.preventDefault();
    moveTo(to);
  };

  // The code the summary asked for: its first cell among the rows shown, in view and focused.
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.asked === revealed.current) return;
    revealed.current = reveal.asked;
    const row = shown.findIndex((number) => marks.get(number)?.hasCode(reveal.code));
    if (row < 0) return;
    const issue = issues.find((found) => found.row === shown[row] && found.code === reveal.code);
    ref.current?.scrollIntoView({ block: 'nearest' });
    // Focused first: the grid's own focus handler would otherwise select its first cell after.
    focusGrid();
    moveTo({ row, column: issue?.column ? (columnIndex(issue.column) ?? 0) : 0 });
  }, [reveal, shown]);

  const selectedNumber = at ? shown[at.row] : undefined;
  const selectedColumn = at ? columns[at.column] : undefined;
  const selectedValue =
    selectedNumber !== undefined && at
      ? (rows.at(selectedNumber - firstRowNumber)?.at(fileIndex(at.column)) ?? '')
      : '';
  // The selected cell's column, acted on whole: its suggestions taken, or emptied; one undo step.
  const columnActions: ColumnActions | null =
    editing && at && selectedColumn !== undefined
      ? {
          column: selectedColumn,
          suggested: suggestions.get(selectedColumn)?.size ?? 0,
          applySuggestions: () =>
            editing.editMany(
              suggestionEdits(
                selectedColumn,
                suggestions,
                (row) => rows.at(row - firstRowNumber)?.at(fileIndex(at.column)) ?? '',
              ),
            ),
          empty: () =>
            editing.editMany(
              emptyingEdits(
                selectedColumn,
                fileIndex(at.column),
                rows,
                firstRowNumber,
                (row) => marks.get(row)?.cell(selectedColumn) !== undefined,
              ),
            ),
        }
      : null;
  // Without scrolling: the panel must not move under the pointer between two clicks.
  const focusGrid = () => ref.current?.focus({ preventScroll: true });
  const closeEditor = () => {
    setEditorOpen(false);
    focusGrid();
  };
  const editor =
    editorOpen && editing && selectedNumber !== undefined && selectedColumn !== undefined ? (
      <CellEditor
        value={selectedValue}
        label={`Row ${selectedNumber}, ${selectedColumn}`}
        onCommit={(value) => {
          if (value !== selectedValue)
            editing.edit({ row: selectedNumber, column: selectedColumn, value });
          closeEditor();
        }}
        onCancel={closeEditor}
      />
    ) : null;

  return (
    <div class="grid-frame">
      {editing && <GridToolbar editing={editing} column={columnActions} />}
      {/* Above the grid, in view whatever the panel's height: the selected cell's reason. */}
      <p class="cell-reason" aria-live="polite" data-cell-reason>
        {selectedNumber !== undefined && selectedColumn !== undefined
          ? `Row ${selectedNumber}, ${selectedColumn}: ${cellReason(
              marks.get(selectedNumber)?.cell(selectedColumn),
              before(selectedNumber, selectedColumn),
              selectedValue,
            )}`
          : 'Select a cell to read why it is marked.'}
      </p>
      <div class="grid">
        <div
          class="grid-body"
          ref={ref}
          role="grid"
          tabIndex={0}
          aria-rowcount={shown.length}
          aria-colcount={columns.length + 1}
          aria-label={
            editable
              ? 'Rows of the file: arrow keys move, Enter edits, N goes to the next problem'
              : 'Rows of the file: arrow keys move, N goes to the next problem'
          }
          aria-readonly={!editable}
          aria-activedescendant={
            at && selectedNumber !== undefined ? cellId(grid, selectedNumber, at.column) : undefined
          }
          style={{ height: `${VISIBLE_HEIGHT}px` }}
          onScroll={onScroll}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (!at && shown.length > 0) moveTo({ row: 0, column: 0 });
          }}
        >
          <div
            class="grid-head"
            role="row"
            ref={head}
            style={{ gridTemplateColumns: template, width }}
          >
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
                grid={grid}
                number={number}
                top={(rowWindow.first + offset) * ROW_HEIGHT}
                values={rows.at(number - firstRowNumber) ?? []}
                columns={columns}
                order={order}
                inView={columnWindow}
                template={template}
                mark={marks.get(number)}
                before={before}
                edited={edited}
                selected={number === selectedNumber && at ? at.column : null}
                editor={number === selectedNumber ? editor : null}
                onPick={(column, open) => {
                  // Focused first: the grid's own focus handler then selects no other cell.
                  focusGrid();
                  moveTo({ row: rowWindow.first + offset, column });
                  if (open && editable) setEditorOpen(true);
                }}
              />
            ))}
          </div>
        </div>
        {shown.length === 0 && <p class="grid-empty">No rows match this filter.</p>}
      </div>
    </div>
  );
}
