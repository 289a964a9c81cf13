import type { MetadataJson } from 'libphonenumber-js/core';
import type { CheckHooks, FileStage } from '../check';
import { CHECKS } from '../checks';
import { FILE_KINDS } from '../highlevel/file-kinds';
import { mapColumns, tidyHeader } from '../mapping';
import { detectDialect } from '../read/dialect';
import { decode } from '../read/decode';
import { sniff, type FileKind } from '../read/sniff';
import type { Reference } from '../highlevel/contacts-export';
import { summarize } from '../report';
import type { Settings } from '../settings';
import type { FileFacts, Issue, Progress, Report } from '../types';
import { createPhoneJudge } from '../values/phone';
import {
  measureOutputs,
  sizesOf,
  writeOutputs,
  type Outputs,
  type OutputSizes,
  type WriteInput,
  type WriteLayout,
} from '../write';
import { CheckContext } from './context';
import { applyEdits, editsByRow, type CellEdit, type EditsByRow } from './edits';
import { readRecords } from './records';
import { RowChecks } from './row-checks';

export interface EngineDeps {
  /** libphonenumber-js metadata (`libphonenumber-js/metadata.max.json`): passed in, not imported. */
  phoneMetadata: MetadataJson;
}

export interface CheckOptions {
  /** A contacts export from HighLevel, for 1006 and 1010 (highlevel/contacts-export.ts). */
  reference?: Reference | null;
  /** Called a few times a second at most, with the issues found since the last call. */
  onProgress?: (progress: Progress, newIssues: readonly Issue[]) => void;
  /** Values the user typed in the grid: written into their rows before any check runs. */
  edits?: readonly CellEdit[];
}

export { validEdits, type CellEdit } from './edits';

export interface CheckResult extends Outputs {
  report: Report;
  /**
   * The data rows with the fixes applied, for the row grid (the values before each fix are in
   * `report.changes`); null when the file was not read as text.
   */
  rows: readonly (readonly string[])[] | null;
  /** Spreadsheet row number of `rows[0]` (2 unless blank lines came before the header). */
  firstRowNumber: number;
  /** With the rows and the report, writes the outputs again (a kept report); null when unread. */
  layout: WriteLayout | null;
}

/**
 * A check's result before its files are written: the report knows what they come to
 * (`measureOutputs`); `write` writes them, as `checkFile` would have.
 */
export type CheckedFile = Omit<CheckResult, keyof Outputs> & { write(): Outputs };

const PROGRESS_EVERY_ROWS = 2000;

const NOTHING_WRITTEN: Outputs = {
  cleaned: null,
  rejected: null,
  partSpans: { headerLength: 0, ends: [] },
  cleanedRows: 0,
  rejectedRows: 0,
  cleanedBytes: 0,
  overSizeLimit: false,
};

const NO_SIZES: OutputSizes = {
  cleanedRows: 0,
  rejectedRows: 0,
  cleanedBytes: 0,
  overSizeLimit: false,
  parts: 0,
};

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
  const { write, ...checked } = check(file, settings, deps, options, true);
  return { ...checked, ...write() };
}

/**
 * `checkFile`, its files left for `write`: the validation worker shows the result while it writes
 * them (a second at 30 MB).
 */
export function checkBeforeWriting(
  file: { name: string; bytes: Uint8Array },
  settings: Settings,
  deps: EngineDeps,
  options: CheckOptions = {},
): CheckedFile {
  return check(file, settings, deps, options, false);
}

/** The check, its files written at once (`writeNow`) or when `write` is called. */
function check(
  file: { name: string; bytes: Uint8Array },
  settings: Settings,
  deps: EngineDeps,
  options: CheckOptions,
  writeNow: boolean,
): CheckedFile {
  const run = new CheckContext(
    settings,
    // Numbers without a country code are read as this file's country, when the user chose one.
    createPhoneJudge(settings.phoneCountry ?? settings.country, deps.phoneMetadata),
    options.reference ?? null,
  );
  const { issues, changes, rows } = run;
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

  const progress = (phase: Progress['phase'], fraction: number) => {
    options.onProgress?.({ phase, fraction, rowsDone: rows.length }, issues.slice(reported));
    reported = issues.length;
  };

  const hooks: CheckHooks[] = CHECKS.map((check) => check.create(run));
  const finish = (read: boolean): CheckedFile => {
    progress('writing', 1);
    if (read) for (const hook of hooks) hook.finish?.();
    facts.rows = rows.length;
    const layout: WriteLayout | null = read
      ? {
          addedColumns: run.addedColumns.map((column) => column.header),
          omitted: run.omitted,
          droppedColumns: run.droppedColumns,
          extraRows: run.extraRows,
        }
      : null;
    const input: WriteInput | null = layout && {
      ...layout,
      header: facts.columns,
      rows,
      firstRowNumber: run.firstRowNumber,
      issues,
      limits: settings.limits,
    };
    // Files wanted now come with their sizes; otherwise the sizes are counted, not written: the
    // findings about the files need only those.
    const written = input && writeNow ? writeOutputs(input) : null;
    const sizes = written ? sizesOf(written) : input ? measureOutputs(input) : NO_SIZES;
    if (input) {
      const { cleanedRows, cleanedBytes } = sizes;
      for (const hook of hooks) hook.written?.({ cleanedRows, cleanedBytes, parts: sizes.parts });
    }
    const report: Report = {
      version: 2,
      file: facts,
      settings,
      summary: summarize(issues, changes, rows.length, sizes, run.firstRowNumber, run.declined),
      issues,
      changes,
    };
    progress('done', 1);
    return {
      ...{ report, rows: read ? rows : null, firstRowNumber: run.firstRowNumber, layout },
      write: () => written ?? (input ? writeOutputs(input) : NOTHING_WRITTEN),
    };
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
  // Off when the header shows nothing can be imported: rows are still read for the grid.
  let checking = true;
  let rowChecks: RowChecks | null = null;
  let edits: EditsByRow = new Map();
  const textLength = Math.max(1, text.length);
  readRecords(
    text,
    { delimiter: facts.delimiter ?? ',', lineEnding: facts.lineEnding },
    {
      headerScore(fields) {
        const columns = mapColumns(tidyHeader(fields).names, settings);
        return columns.filter((column) => column.field !== null).length;
      },
      header(raw, headerRow, above) {
        const tidy = tidyHeader(raw);
        const columns = mapColumns(tidy.names, settings);
        run.useColumns(columns);
        run.firstRowNumber = headerRow + 1;
        facts.columns = tidy.names;
        edits = editsByRow(options.edits ?? [], tidy.names);
        facts.mapping = columns.map(({ index, header, field, extra, source }) => ({
          index,
          header,
          field,
          extra,
          source,
        }));
        const headerStage = {
          raw,
          blankLinesBefore: above.blank,
          rowsAbove: above.rows,
          headerRow,
          renamed: tidy.renamed,
          emptyNames: tidy.emptyNames,
        };
        checking = !hooks.some((hook) => hook.header?.(headerStage) === 'stop');
        // Built after the header hooks: a check may decide there which columns it looks at.
        rowChecks = new RowChecks(hooks, columns);
      },
      record(number, values, malformed, cursor) {
        if (edits.size > 0) applyEdits(number, values, edits, facts.columns, changes);
        rows.push(values);
        // A Row object lives for this row's checks only: keeping one per row would cost memory.
        if (checking) rowChecks?.check({ number, values }, malformed);
        if (rows.length % PROGRESS_EVERY_ROWS === 0) progress('checking', cursor / textLength);
      },
    },
  );
  return finish(true);
}
