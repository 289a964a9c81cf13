import { DOUBLE_QUOTE } from './regexes';
import type { Settings } from './settings';
import { codeNameColumn, rejectsRow } from './issue';
import type { Issue } from './types';
import { runsAsFormula, spreadsheetSafe } from './values/formula';
import { moreUtf8Bytes, utf8Length } from './values/utf8';

/**
 * Text as pieces whose concatenation is the whole: a file may be longer than the longest string
 * V8 makes (about 512 MB), and writing it or making a Blob of it never needs it in one piece.
 */
export type TextPieces = readonly string[];

export interface Outputs {
  /** The cleaned CSV: UTF-8 text, comma-separated, one header; null when the file was not read. */
  cleaned: string | null;
  /** Rows HighLevel would still skip after the fixes, with why; null when there are none. */
  rejected: TextPieces | null;
  /**
   * Where the parts the cleaned rows split into (files that each fit the limits) are in
   * `cleaned`; no spans when no split is needed. `partTexts` or `partsFrom` make the parts.
   */
  partSpans: PartSpans;
  cleanedRows: number;
  rejectedRows: number;
  /** The cleaned file's size in UTF-8 bytes. */
  cleanedBytes: number;
  /** The cleaned file is over the size limit: only its parts can be handed to HighLevel. */
  overSizeLimit: boolean;
}

/**
 * The parts as spans of the cleaned text: each part is the cleaned file's header line, then a run
 * of its lines. The writer makes no second copy of the file: whoever needs the parts makes them
 * from the spans (a worker as slices of a Blob, which copy nothing either).
 */
export interface PartSpans {
  /** The header line and its line break: the start of the cleaned text and of every part. */
  headerLength: number;
  /** Where each part's lines end in the cleaned text; the next part's start 2 later (CRLF). */
  ends: number[];
}

const CRLF = 2;

/**
 * The parts again, from the cleaned file and their spans: the text with its spans in characters,
 * or a file of it with its spans in bytes (`inBytes`); `join` puts the header before a part's lines.
 */
export function partsFrom<T>(
  cleaned: { slice(start: number, end: number): T },
  { headerLength, ends }: PartSpans,
  join: (header: T, lines: T) => T,
): T[] {
  const header = cleaned.slice(0, headerLength);
  let start = headerLength;
  return ends.map((end) => {
    const part = join(header, cleaned.slice(start, end));
    start = end + CRLF;
    return part;
  });
}

/** The parts as text (the command line writes them). */
export function partTexts({
  cleaned,
  partSpans,
}: Pick<Outputs, 'cleaned' | 'partSpans'>): string[] {
  return cleaned === null ? [] : partsFrom(cleaned, partSpans, (header, lines) => header + lines);
}

/** The spans of the cleaned text in its UTF-8 bytes: where they are in a file of it. */
export function inBytes(cleaned: string, { headerLength, ends }: PartSpans): PartSpans {
  let chars = 0;
  let bytes = 0;
  const at = (index: number) => {
    bytes += utf8Length(cleaned.slice(chars, index));
    chars = index;
    return bytes;
  };
  return { headerLength: at(headerLength), ends: ends.map(at) };
}

/** What the checks decided about the file's shape, beyond its rows and issues. */
export interface WriteLayout {
  /** Headers of the columns the cleaned file adds after the file's own (PF07's Additional Emails). */
  addedColumns: readonly string[];
  omitted: ReadonlySet<number>;
  droppedColumns: ReadonlySet<number>;
  extraRows: ReadonlyMap<number, string[][]>;
}

export interface WriteInput extends WriteLayout {
  header: readonly string[];
  /** Data rows' values, in file order; the first is spreadsheet row `firstRowNumber`. */
  rows: readonly (readonly string[])[];
  firstRowNumber: number;
  issues: readonly Issue[];
  limits: Settings['limits'];
}

/** Headroom under the byte limit, since the cleaned text may grow a little (UTF-8, quoting). */
const BYTE_HEADROOM = 0.9;

/** How many files the cleaned rows must be split into to fit the limits (1: no split). */
export function partsNeeded(bytes: number, rows: number, limits: Settings['limits']): number {
  const byBytes =
    bytes > limits.maxBytes ? Math.ceil(bytes / (limits.maxBytes * BYTE_HEADROOM)) : 1;
  const byRows = limits.maxRows && rows > limits.maxRows ? Math.ceil(rows / limits.maxRows) : 1;
  return Math.max(byBytes, byRows);
}

/** What the limits make of a cleaned file of this size: `parts` is 0 when it needs no split. */
function splitFor(bytes: number, rows: number, limits: Settings['limits']) {
  const parts = partsNeeded(bytes, rows, limits);
  return { overSizeLimit: bytes > limits.maxBytes, parts: parts > 1 ? parts : 0 };
}

const REJECTED_COLUMNS = ['Preflight row', 'Preflight reason'] as const;

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * A field that must be quoted (RFC 4180 §2.6): a '"', ',', CR or LF in it. A char-code scan, not
 * a regex: it runs on every cell of the file, and most are a few plain characters.
 */
function needsQuotes(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === QUOTE || code === COMMA || code === CR || code === LF) return true;
  }
  return false;
}

/** One cell: neutralised if a spreadsheet would run it, then quoted if it must be. */
function field(value: string): string {
  const safe = spreadsheetSafe(value);
  return needsQuotes(safe) ? `"${safe.replace(DOUBLE_QUOTE, '""')}"` : safe;
}

/**
 * RFC 4180 text, CRLF line endings. Written here rather than with Papa.unparse, which spends a
 * tenth of a full check on options we do not use; tests/lib/write.test.ts round-trips it through
 * papaparse. Rows are written whole: a ragged rejected row keeps every field past the header.
 * Every cell, headers included, goes through `spreadsheetSafe`: each file written here, and the
 * report CSV, may be opened in a spreadsheet (tests/lib/formula-injection.test.ts).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [csvLine(header), ...rows.map(csvLine)].join('\r\n');
}

const csvLine = (row: readonly string[]) => row.map(field).join(',');

/**
 * The issues that keep each row out of the cleaned file, handed out in step with the rows as they
 * are written (rows in file order; a row's reasons in the order they were found). A reason is
 * rendered for its row's line only: a file where every row is rejected keeps no sentence per row.
 */
function rejectionsByRow(issues: readonly Issue[]): (row: number) => Issue[] {
  const sorted = issues.filter(rejectsRow).sort((a, b) => a.row - b.row);
  let next = 0;
  return (row) => {
    let issue = sorted[next];
    while (issue && issue.row < row) issue = sorted[++next];
    const found: Issue[] = [];
    while (issue && issue.row === row) {
      found.push(issue);
      issue = sorted[++next];
    }
    return found;
  };
}

/**
 * The rejected file's reason cell: each finding that skips the row as its code, its name and its
 * column, as HighLevel's error log names them ("1008 Failed validation of Email (Email)"). The
 * value is beside it in the row and the report explains each code in full: a cell that quoted
 * it would make the file grow with every problem, and one shared text per kind of reason keeps a
 * file where every row is rejected a small multiple of the input.
 */
function rejectionReasons(): (rowIssues: readonly Issue[]) => string {
  const known = new Map<string, string>();
  return (rowIssues) => {
    const key = rowIssues.map(({ code, column }) => `${code}\u0000${column ?? ''}`).join('\u0001');
    let reason = known.get(key);
    if (reason === undefined) known.set(key, (reason = rowIssues.map(codeNameColumn).join(' | ')));
    return reason;
  };
}

/** Lines joined into one piece: a few hundred KB of text, few pieces even for a huge file. */
const LINES_PER_PIECE = 4096;

/**
 * Text built line by line, joined a few thousand lines at a time as they come: a million short
 * lines kept one by one would each cost a string of its own, more than the text they hold.
 */
class CsvText {
  private readonly pieces: string[] = [];
  private pending: string[];
  /** Lines pushed after the header. */
  rows = 0;

  constructor(headerLine: string) {
    this.pending = [headerLine];
  }

  push(line: string): void {
    this.pending.push(line);
    this.rows++;
    if (this.pending.length === LINES_PER_PIECE) this.flush();
  }

  text(): TextPieces {
    this.flush();
    return this.pieces;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    // Each piece after the first starts with the line break that ends the one before it.
    this.pieces.push(`${this.pieces.length > 0 ? '\r\n' : ''}${this.pending.join('\r\n')}`);
    this.pending = [];
  }
}

/** The values with empty cells up to `width`: every rejected row has every column. */
function padded(values: readonly string[], width: number): readonly string[] {
  return values.length >= width
    ? values
    : [...values, ...Array<string>(width - values.length).fill('')];
}

/** Where each of a check's rows goes: a line of the cleaned file, or of the rejected file. */
interface LineSink {
  /** The cells of the cleaned file's next line, in the cleaned file's columns. */
  cleaned(cells: readonly string[]): void;
  /** A row HighLevel would still skip, with why, every field kept (more than the header's). */
  rejected(number: number, rejections: readonly Issue[], cells: readonly string[]): void;
}

/** The cleaned file's columns: the file's and the added ones, but the dropped ones. */
function cleanedColumns(input: WriteLayout & Pick<WriteInput, 'header'>) {
  const all = [...input.header, ...input.addedColumns];
  const keep = all.map((_, i) => i).filter((i) => !input.droppedColumns.has(i));
  // Rows are as wide as the file: an added column's cell is read as empty where it was never set.
  const project =
    keep.length === all.length && input.addedColumns.length === 0
      ? (values: readonly string[]) => values
      : (values: readonly string[]) => keep.map((i) => values[i] ?? '');
  return { all, header: keep.map((i) => all[i] ?? ''), project };
}

/**
 * Hands each row, and the rows PF07 split off it, to the cleaned lines (in the cleaned file's
 * columns, `project`) or the rejected lines.
 */
function sortLines(
  input: WriteInput,
  project: (values: readonly string[]) => readonly string[],
  sink: LineSink,
): void {
  const rejectionsOf = rejectionsByRow(input.issues);
  input.rows.forEach((values, index) => {
    const number = input.firstRowNumber + index;
    const rejections = rejectionsOf(number);
    if (rejections.length > 0) {
      // The rows split off it belong to the same contact: they are rejected with it.
      sink.rejected(number, rejections, values);
      for (const extra of input.extraRows.get(number) ?? []) {
        sink.rejected(number, rejections, extra);
      }
      return;
    }
    if (!input.omitted.has(number)) sink.cleaned(project(values));
    for (const extra of input.extraRows.get(number) ?? []) sink.cleaned(project(extra));
  });
}

/** What the files written for a check come to, known before they are written. */
export type OutputSizes = Pick<
  Outputs,
  'cleanedRows' | 'rejectedRows' | 'cleanedBytes' | 'overSizeLimit'
> & {
  /** The files the cleaned rows split into to fit the limits; 0 when they need no split. */
  parts: number;
};

/** The sizes of files already written. */
export const sizesOf = (outputs: Outputs): OutputSizes => ({
  cleanedRows: outputs.cleanedRows,
  rejectedRows: outputs.rejectedRows,
  cleanedBytes: outputs.cleanedBytes,
  overSizeLimit: outputs.overSizeLimit,
  parts: outputs.partSpans.ends.length,
});

/** Bytes a cell takes in a line `csvLine` writes: neutralised, quoted, in UTF-8. */
function fieldBytes(value: string): number {
  let bytes = value.length + (runsAsFormula(value) ? 1 : 0);
  let quotes = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === QUOTE) quotes++;
    else if (code === COMMA || code === CR || code === LF) quoted = true;
    else if (code >= 0x80) bytes += moreUtf8Bytes(code);
  }
  return quoted || quotes > 0 ? bytes + 2 + quotes : bytes;
}

/** Bytes of the line `csvLine` writes for these cells, without writing it. */
function lineBytes(cells: readonly string[]): number {
  let bytes = Math.max(0, cells.length - 1);
  for (const cell of cells) bytes += fieldBytes(cell);
  return bytes;
}

/**
 * The sizes `writeOutputs` will give, counted without writing a line: a check's result (and the
 * findings about the file's size) is known a writer's time before its files are.
 * tests/lib/write.test.ts holds it to the writer.
 */
export function measureOutputs(input: WriteInput): OutputSizes {
  const { header, project } = cleanedColumns(input);
  let cleanedRows = 0;
  let rejectedRows = 0;
  let cleanedBytes = lineBytes(header);
  sortLines(input, project, {
    cleaned(cells) {
      cleanedRows++;
      cleanedBytes += CRLF + lineBytes(cells);
    },
    rejected() {
      rejectedRows++;
    },
  });
  return {
    cleanedRows,
    rejectedRows,
    cleanedBytes,
    ...splitFor(cleanedBytes, cleanedRows, input.limits),
  };
}

export function writeOutputs(input: WriteInput): Outputs {
  const { all, header, project } = cleanedColumns(input);
  const reasonFor = rejectionReasons();
  // Each row is written to its line at once: no row is kept twice, as values and as a line.
  const lines: string[] = [];
  const rejectedCsv = new CsvText(csvLine([...REJECTED_COLUMNS, ...all]));
  sortLines(input, project, {
    cleaned: (cells) => lines.push(csvLine(cells)),
    // Every field is kept, even beyond the header's width, so nothing is lost.
    rejected: (number, rejections, cells) =>
      rejectedCsv.push(
        csvLine([String(number), reasonFor(rejections), ...padded(cells, all.length)]),
      ),
  });
  // Each row is written once: the cleaned file and its parts share the lines.
  const headerLine = csvLine(header);
  const cleaned = [headerLine, ...lines].join('\r\n');
  const cleanedBytes = utf8Length(cleaned);
  const { overSizeLimit, parts } = splitFor(cleanedBytes, lines.length, input.limits);
  return {
    cleaned,
    cleanedBytes,
    overSizeLimit,
    rejected: rejectedCsv.rows > 0 ? rejectedCsv.text() : null,
    partSpans: spansOf(headerLine.length + CRLF, lines, parts),
    cleanedRows: lines.length,
    rejectedRows: rejectedCsv.rows,
  };
}

/** `parts` runs of the lines, as even as can be, one after the other after the header. */
function spansOf(headerLength: number, lines: readonly string[], parts: number): PartSpans {
  const size = Math.ceil(lines.length / Math.max(1, parts));
  const ends: number[] = [];
  let end = headerLength;
  for (let part = 0; part < parts; part++) {
    const last = Math.min(lines.length, (part + 1) * size);
    for (let line = part * size; line < last; line++) {
      end += (lines[line] as string).length + (line > part * size ? CRLF : 0);
    }
    ends.push(end);
    end += CRLF;
  }
  return { headerLength, ends };
}
