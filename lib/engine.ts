import Papa from 'papaparse';
import type { MetadataJson } from 'libphonenumber-js/core';
import type { Check, CheckHooks, FileStage, Malformed, Row, Run } from './check';
import { CHECKS } from './checks';
import type { Code, ReasonOf } from './codes';
import type { FieldKind } from './fields';
import { makeIssue, type IssueDetails } from './issue';
import { mapColumns, tidyHeader, type Column } from './mapping';
import { detectDialect, newlineOf } from './read/dialect';
import { decode } from './read/decode';
import { sniff, type FileKind } from './read/sniff';
import { FILE_KINDS } from './highlevel/file-kinds';
import type { Reference } from './reference';
import { LINE_BREAK, PLAIN_TEXT, TRAILING_LINE_BREAK } from './regexes';
import { summarize } from './report';
import type { Settings } from './settings';
import type { Change, FileFacts, Issue, Progress, Report } from './types';
import { createPhoneJudge } from './values/phone';
import { writeOutputs, type Outputs } from './write';

export interface EngineDeps {
  /** libphonenumber-js metadata (`libphonenumber-js/metadata.max.json`): passed in, not imported. */
  phoneMetadata: MetadataJson;
}

export interface CheckOptions {
  /** A contacts export from HighLevel, for 1006 and 1010 (see reference.ts). */
  reference?: Reference | null;
  /** Called a few times a second at most, with the issues found since the last call. */
  onProgress?: (progress: Progress, newIssues: readonly Issue[]) => void;
  /** The checks to run; all of them by default. */
  checks?: readonly Check[];
}

export interface CheckResult extends Outputs {
  report: Report;
  /**
   * The data rows with the fixes applied, for the row grid (the values before each fix are in
   * `report.changes`); null when the file was not read as text.
   */
  rows: readonly (readonly string[])[] | null;
  /** Spreadsheet row number of `rows[0]` (2 unless blank lines came before the header). */
  firstRowNumber: number;
}

const PROGRESS_EVERY_ROWS = 2000;

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** Only a malformed row needs its raw text: slicing every row would copy the whole file. */
function rawLine(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(TRAILING_LINE_BREAK, '');
}

/** `FileFacts.kind`: "csv", or what the bytes are instead. */
function kindLabel(kind: FileKind): string {
  switch (kind.kind) {
    case 'text':
      return 'csv';
    case 'workbook':
      return kind.format;
    case 'other':
      return FILE_KINDS[kind.format].label;
    default:
      return kind.kind;
  }
}

/**
 * Reads a file's bytes, runs every check, applies every fix, and writes the cleaned CSV, the
 * rejected rows and the split parts. Synchronous on purpose: it runs inside a worker (or the CLI),
 * and reports progress through `onProgress` as it goes.
 */
export function checkFile(
  file: { name: string; bytes: Uint8Array },
  settings: Settings,
  deps: EngineDeps,
  options: CheckOptions = {},
): CheckResult {
  const issues: Issue[] = [];
  const changes: Change[] = [];
  let reported = 0;
  const facts: FileFacts = {
    name: file.name,
    bytes: file.bytes.length,
    kind: 'csv',
    encoding: null,
    bom: false,
    delimiter: null,
    lineEnding: 'none',
    rows: 0,
    columns: [],
    mapping: [],
  };
  let columns: Column[] = [];
  /** The first standard column of each kind: looked up for every row, so built once. */
  const columnByKind = new Map<FieldKind, Column>();
  /** The data rows' values; fixes are written in place (the values before them are in `changes`). */
  const rows: string[][] = [];
  const omitted = new Set<number>();
  const droppedColumns = new Set<number>();
  const extraRows = new Map<number, string[][]>();
  let firstRowNumber = 0;

  const progress = (phase: Progress['phase'], fraction: number) => {
    options.onProgress?.({ phase, fraction, rowsDone: rows.length }, issues.slice(reported));
    reported = issues.length;
  };

  const run: Run = {
    settings,
    phone: createPhoneJudge(settings.country, deps.phoneMetadata),
    reference: options.reference ?? null,
    get columns() {
      return columns;
    },
    get rowCount() {
      return rows.length;
    },
    report<C extends Code>(code: C, reason: ReasonOf<C>, details: IssueDetails) {
      issues.push(makeIssue(code, reason, details));
    },
    set(row, column, code, value) {
      const values = row.values as string[];
      const before = values[column.index] ?? '';
      values[column.index] = value;
      if (before !== value) {
        changes.push({ row: row.number, column: column.header, code, before, after: value });
      }
    },
    addRowAfter(row, values) {
      const list = extraRows.get(row.number) ?? [];
      list.push(values);
      extraRows.set(row.number, list);
    },
    dropColumn(column) {
      droppedColumns.add(column.index);
    },
    omit(row) {
      omitted.add(row.number);
    },
    columnOf(kind: FieldKind) {
      return columnByKind.get(kind);
    },
    matchingColumn(row) {
      const primary = matchingColumnFor(settings.primary);
      if (primary && (row.values[primary.index] ?? '').trim() !== '') return primary;
      const secondary = settings.secondary ? matchingColumnFor(settings.secondary) : undefined;
      if (secondary && (row.values[secondary.index] ?? '').trim() !== '') return secondary;
      return undefined;
    },
    row(number) {
      const values = rows[number - firstRowNumber];
      if (!values) throw new Error(`No data row ${number}`);
      return { number, values };
    },
  };
  const matchingColumnFor = (matching: Settings['primary']) =>
    run.columnOf(matching === 'contactId' ? 'contactId' : matching);

  const hooks: CheckHooks[] = (options.checks ?? CHECKS).map((check) => check.create(run));
  const finish = (read: boolean): CheckResult => {
    progress('writing', 1);
    if (read) for (const hook of hooks) hook.finish?.();
    facts.rows = rows.length;
    const outputs = read
      ? writeOutputs({
          header: facts.columns,
          rows,
          firstRowNumber,
          issues,
          omitted,
          droppedColumns,
          extraRows,
          limits: settings.limits,
          inputBytes: file.bytes.length,
        })
      : { cleaned: null, rejected: null, parts: [], cleanedRows: 0, rejectedRows: 0 };
    const report: Report = {
      version: 1,
      file: facts,
      settings,
      summary: summarize(issues, changes, rows.length, outputs),
      issues,
      changes,
    };
    progress('done', 1);
    return { report, rows: read ? rows : null, firstRowNumber, ...outputs };
  };

  // Stage 1: what the bytes are, and how they read as text.
  progress('reading', 0);
  const kind = sniff(file.bytes);
  facts.kind = kindLabel(kind);
  const stage: FileStage = {
    kind,
    encoding: null,
    bom: false,
    delimiter: null,
    lineEnding: 'none',
    bytes: file.bytes.length,
  };
  let text = '';
  if (kind.kind === 'text') {
    const decoded = decode(file.bytes);
    const dialect = detectDialect(decoded.text);
    text = dialect.text;
    const { encoding, bom } = decoded;
    const read = { encoding, bom, delimiter: dialect.delimiter, lineEnding: dialect.lineEnding };
    Object.assign(stage, read);
    Object.assign(facts, read);
  }
  const stopped = hooks.some((hook) => hook.file?.(stage) === 'stop');
  if (stopped || kind.kind !== 'text') return finish(false);

  // Stage 2: the header, then every row as it is parsed.
  let width = 0;
  let blankLinesBefore = 0;
  let recordIndex = 0;
  let headerSeen = false;
  // Off when the header shows nothing can be imported: rows are still read for the grid.
  let checking = true;
  let pipelines: { column: Column; hooks: NonNullable<CheckHooks['cell']>[] }[] = [];
  const rowStartHooks = hooks.filter((h) => h.rowStart);
  const rowHooks = hooks.filter((h) => h.row);

  const startHeader = (raw: string[]) => {
    const tidy = tidyHeader(raw);
    width = raw.length;
    columns = mapColumns(tidy.names, settings);
    for (const column of columns) {
      if (
        column.kind &&
        !column.extra &&
        column.customField === null &&
        !columnByKind.has(column.kind)
      ) {
        columnByKind.set(column.kind, column);
      }
    }
    facts.columns = tidy.names;
    facts.mapping = columns.map(({ index, header, field, extra, source }) => ({
      index,
      header,
      field,
      extra,
      source,
    }));
    const headerStage = {
      raw,
      blankLinesBefore,
      renamed: tidy.renamed,
      emptyNames: tidy.emptyNames,
    };
    const stop = hooks.some((hook) => hook.header?.(headerStage) === 'stop');
    pipelines = columns
      .map((column) => ({
        column,
        hooks: hooks.flatMap((h) => (h.cell && h.cell.applies(column) ? [h.cell] : [])),
      }))
      .filter((p) => p.hooks.length > 0);
    return stop;
  };

  const checkRow = (row: Row, malformed: Malformed | null) => {
    for (const hook of rowStartHooks) {
      if (hook.rowStart?.(row, malformed) === 'skip') return;
    }
    for (const { column, hooks: cellHooks } of pipelines) {
      let plain: boolean | undefined;
      for (const cell of cellHooks) {
        const value = row.values[column.index];
        if (value === undefined || value === '') break;
        if (cell.skipsPlainText && (plain ??= PLAIN_TEXT.test(value))) continue;
        cell.check(row, column, value);
      }
    }
    for (const hook of rowHooks) hook.row?.(row);
  };

  const textLength = Math.max(1, text.length);
  let lastCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: facts.delimiter ?? ',',
    newline: newlineOf(facts.lineEnding),
    step(result) {
      const fields = result.data;
      const cursor = result.meta.cursor;
      const start = lastCursor;
      lastCursor = cursor;
      recordIndex++;
      const blank = isBlank(fields);
      if (!headerSeen) {
        if (blank) {
          blankLinesBefore++;
          return;
        }
        headerSeen = true;
        firstRowNumber = recordIndex + 1;
        checking = !startHeader(fields);
        return;
      }
      // The newline that ends the file is not a row.
      if (blank && fields.length === 1 && cursor >= text.length && start === cursor) return;
      let malformed: Malformed | null = null;
      let values = fields;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        const line = rawLine(text, start, cursor);
        malformed = {
          problem: 'unclosed-quote',
          raw: line,
          count: line.split(LINE_BREAK).length,
        };
      } else if (fields.length > width) {
        // Excel pads rows with empty trailing fields; only real extra values shift columns.
        if (fields.slice(width).some((f) => f.trim() !== '')) {
          malformed = {
            problem: 'too-many',
            raw: rawLine(text, start, cursor),
            count: fields.length,
          };
        } else values = fields.slice(0, width);
      } else if (fields.length < width && !blank) {
        malformed = { problem: 'too-few', raw: rawLine(text, start, cursor), count: fields.length };
      }
      rows.push(values);
      // A Row object lives for this row's checks only: keeping one per row would cost memory.
      if (checking) checkRow({ number: recordIndex, values }, malformed);
      if (rows.length % PROGRESS_EVERY_ROWS === 0) progress('checking', cursor / textLength);
    },
  });
  return finish(true);
}
