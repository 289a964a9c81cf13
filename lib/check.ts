import type { Code, ReasonOf } from './highlevel/codes';
import type { FixKind } from './fixes';
import type { FieldDef, FieldKind } from './highlevel/fields';
import type { IssueDetails } from './issue';
import type { Column } from './mapping';
import type { FileKind } from './read/sniff';
import type { Settings } from './settings';
import type { Encoding } from './read/decode';
import type { FileFacts } from './types';
import type { PhoneJudge } from './values/phone';
import type { Reference } from './highlevel/contacts-export';

/** A data row as the checks see it. */
export interface Row {
  /** Spreadsheet row number (the header is row 1 when the file starts with it). */
  readonly number: number;
  /** Current values: fixes made by earlier checks are already applied. */
  readonly values: readonly string[];
}

/** What the engine learnt about the bytes before parsing them. */
export interface FileStage {
  kind: FileKind;
  encoding: Encoding | null;
  bom: boolean;
  delimiter: string | null;
  lineEnding: FileFacts['lineEnding'];
  bytes: number;
}

export interface HeaderStage {
  /** Header cells as written in the file. */
  raw: readonly string[];
  /** Blank lines before the header. */
  blankLinesBefore: number;
  /** Rows above the header that are not blank (a title, a report's preamble): left out. */
  rowsAbove: readonly { number: number; fields: readonly string[] }[];
  /** The header's spreadsheet row number. */
  headerRow: number;
  renamed: readonly { index: number; from: string; to: string }[];
  emptyNames: readonly number[];
}

/** A row that did not parse into the header's shape. */
export interface Malformed {
  problem: 'too-many' | 'too-few' | 'unclosed-quote';
  raw: string;
  /** Fields found, or lines swallowed by an unclosed quote. */
  count: number;
}

/** The engine, as the checks may use it. */
export interface Run {
  readonly settings: Settings;
  readonly phone: PhoneJudge;
  readonly reference: Reference | null;
  readonly columns: readonly Column[];
  /** Columns the cleaned file adds after the file's own (`addColumn`). */
  readonly addedColumns: readonly Column[];
  /** Data rows read so far (all of them, in `finish`). */
  readonly rowCount: number;
  report<C extends Code>(code: C, reason: ReasonOf<C>, details: IssueDetails): void;
  /**
   * Whether fixes of this kind apply (settings `fixes.off`). `set` and `report` already honour it
   * for one cell; a check that moves values between cells and columns asks before it starts.
   */
  fixes(kind: FixKind): boolean;
  /**
   * Changes a cell in the cleaned CSV and records the change (before → after), unless the user
   * turned this kind of fix off: the cell then keeps its value, and `report` says so.
   */
  set(row: Row, column: Column, code: Code, value: string): void;
  /** Adds a row to the cleaned CSV right after `row` (PF07 splits). */
  addRowAfter(row: Row, values: string[]): void;
  /**
   * Adds a column for a standard field to the end of the cleaned CSV (PF07's Additional Emails),
   * or returns the one already added for it; its values start empty in every row.
   */
  addColumn(field: FieldDef): Column;
  /** Leaves a column out of the cleaned CSV. */
  dropColumn(column: Column): void;
  /** Leaves a row out of the cleaned CSV without rejecting it (blank, merged into another). */
  omit(row: Row): void;
  /** True when any data row holds a value in this column (read even when rows are not checked). */
  hasValue(column: Column): boolean;
  /** True when the row is already left out (merged into another, or blank). */
  isOmitted(number: number): boolean;
  /** True when a finding so far skips the row and no fix repairs it: it goes to the rejected file. */
  isRejected(number: number): boolean;
  /** The first column HighLevel fills from this kind of value (not an extra one). */
  columnOf(kind: FieldKind): Column | undefined;
  /** The column HighLevel matches this row on: the primary, or the secondary when it is empty. */
  matchingColumn(row: Row): Column | undefined;
  row(number: number): Row;
}

/** The hooks a check may implement; each is called at its stage of the run. */
export interface CheckHooks {
  /** Before parsing. Return 'stop' when the file cannot be read further. */
  file?(stage: FileStage): 'stop' | undefined;
  /** After the header row is mapped. Return 'stop' when nothing can be imported: rows are then read but not checked. */
  header?(stage: HeaderStage): 'stop' | undefined;
  /** Before the cells of a row. Return 'skip' to leave its cells unchecked. */
  rowStart?(row: Row, malformed: Malformed | null): 'skip' | undefined;
  /** The columns this check looks at, and what it does with each non-empty value. */
  cell?: {
    applies(column: Column): boolean;
    /**
     * True when plain text (printable ASCII, no edge spaces) cannot concern this check: the engine
     * then skips such cells, which are nearly all of them, with one shared test.
     */
    skipsPlainText?: boolean;
    check(row: Row, column: Column, value: string): void;
  };
  /** After the cells of a row. */
  row?(row: Row): void;
  /** After the last row: cross-row checks (duplicates, formats). */
  finish?(): void;
  /**
   * Once the cleaned file's size is known, before it is written (lib/write.ts measureOutputs,
   * held to the writer by its tests): findings about what will be written (PF01's parts).
   */
  written?(output: { cleanedRows: number; cleanedBytes: number; parts: number }): void;
}

export interface Check {
  code: Code;
  create(run: Run): CheckHooks;
}

/** One call per check module: the registry in checks/index.ts lists them in run order. */
export function defineCheck(code: Code, create: (run: Run) => CheckHooks): Check {
  return { code, create };
}
