import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TableResult } from '../../lib/settings-tables';
import { problemText, rowProblem } from './editor';
import { FieldError } from './Section';
import { TableImport } from './TableImport';

/** What the cells of one row get: the add row's cells are the same, with `adding` set. */
export interface CellsProps<Draft> {
  draft: Draft;
  /** "user 2", "the user to add": for the inputs' accessible names ("Name of user 2"). */
  label: string;
  adding: boolean;
  /** Puts a change in the draft; `done` (a box left, a choice made) also saves an edited row. */
  edit: (change: Partial<Draft>, done: boolean) => void;
}

/** One kind of list (users, custom fields): what differs between their editors. */
export interface ListKind<Row, Draft extends object> {
  /** `users`: the table's `data-table`, and the `paste-users` / `import-users` hooks. */
  table: string;
  /** `user`: the `add-user` / `remove-user` actions and the rows' `data-user`. */
  item: string;
  /** For counts and the inputs' accessible names: ["user", "users"]. */
  nouns: [string, string];
  /** The columns of the cells; the Remove column follows. */
  headers: string[];
  empty: string;
  /** The problem of a row whose key another row has. */
  twin: string;
  emptyDraft: Draft;
  draftOf: (row: Row) => Draft;
  /** The row a draft saves as (trimmed, its options split). */
  rowOf: (draft: Draft) => Row;
  problem: (row: Row) => string | null;
  key: (row: Row) => string;
  parse: (text: string) => TableResult<Row>;
  /** The paste box's placeholder. */
  example: string;
  Cells: ComponentType<CellsProps<Draft>>;
}

/** An `edit` that keeps every keystroke in the draft, and commits it when `done`. */
const editOf =
  <Draft extends object>(
    draft: Draft,
    setDraft: (next: Draft) => void,
    commit?: (next: Draft) => void,
  ) =>
  (change: Partial<Draft>, done: boolean) => {
    const next = { ...draft, ...change };
    setDraft(next);
    if (done) commit?.(next);
  };

/** One row, edited in place: saved when valid, else the problem shows beneath it. */
function EditRow<Row, Draft extends object>({
  kind,
  row,
  index,
  save,
  remove,
}: {
  kind: ListKind<Row, Draft>;
  row: Row;
  index: number;
  save: (row: Row) => string | null;
  remove: () => void;
}) {
  const [draft, setDraft] = useState(() => kind.draftOf(row));
  const [error, setError] = useState<string | null>(null);
  // The draft follows the saved row when it changes (an import, another row removed).
  const saved = JSON.stringify(row);
  useEffect(() => {
    setDraft(kind.draftOf(row));
    setError(null);
  }, [saved]);
  const { Cells } = kind;
  return (
    <>
      <tr {...{ [`data-${kind.item}`]: index }}>
        <Cells
          draft={draft}
          label={`${kind.nouns[0]} ${index + 1}`}
          adding={false}
          edit={editOf(draft, setDraft, (next) => setError(save(kind.rowOf(next))))}
        />
        <td>
          <button type="button" data-action={`remove-${kind.item}`} onClick={remove}>
            Remove
          </button>
        </td>
      </tr>
      {error && (
        <tr class="row-error">
          <td colSpan={kind.headers.length + 1}>
            <FieldError message={error} />
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * A list of the settings as an editable table: each row edited in place, a row to add one, then
 * paste and CSV import. A row with its own problem, or the key of another, is not saved.
 */
export function ListEditor<Row, Draft extends object>({
  kind,
  rows,
  write,
}: {
  kind: ListKind<Row, Draft>;
  rows: readonly Row[];
  /** Saves the whole list; returns the problems (none: saved). */
  write: (rows: Row[]) => string[];
}) {
  const [added, setAdded] = useState(kind.emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const problemOf = (row: Row, index: number) =>
    rowProblem(row, rows, index, kind.problem, kind.key, kind.twin);
  const saveAt = (index: number, row: Row) =>
    problemOf(row, index) ?? problemText(write(rows.map((old, at) => (at === index ? row : old))));
  const { Cells } = kind;

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // Enter in a row being edited saves that row (its change event), and adds nothing.
          if (!document.activeElement?.closest('tfoot')) return;
          const row = kind.rowOf(added);
          const problem = problemOf(row, -1) ?? problemText(write([...rows, row]));
          setError(problem);
          if (!problem) setAdded(kind.emptyDraft);
        }}
      >
        <table class="edit-table" data-table={kind.table}>
          <thead>
            <tr>
              {kind.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={kind.headers.length + 1} class="empty">
                  {kind.empty}
                </td>
              </tr>
            )}
            {rows.map((row, index) => (
              <EditRow
                key={index}
                kind={kind}
                row={row}
                index={index}
                save={(next) => saveAt(index, next)}
                remove={() => write(rows.filter((_, at) => at !== index))}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <Cells
                draft={added}
                label={`the ${kind.nouns[0]} to add`}
                adding
                edit={editOf(added, setAdded)}
              />
              <td>
                <button type="submit" data-action={`add-${kind.item}`}>
                  Add
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
        <FieldError message={error} />
      </form>
      <TableImport
        name={kind.table}
        nouns={kind.nouns}
        example={kind.example}
        rows={rows}
        parse={kind.parse}
        keyOf={kind.key}
        write={write}
      />
    </>
  );
}
