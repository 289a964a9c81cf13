import { remember } from '../../lib/values/memo';

/**
 * Rows as one text: values apart by FIELD, rows by ROW. The worker sends a check's rows to the
 * page this way and the history keeps them this way: one string is one copy, where a million
 * values are a million strings for the page's garbage collector to copy and promote (a 30 MB
 * file's rows held up the panel in collections of 60 ms and more). The page gets the text's
 * bytes and reads the rows it shows, a row at a time (`TextRows`).
 *
 * Values may hold FIELD or ROW (the file is the user's), so in a value ESCAPE, FIELD and ROW are
 * written as ESCAPE and a digit; a row of no values is a lone ESCAPE, which no escaped value can be.
 */
const FIELD = '\u001f';
const ROW = '\u001e';
const ESCAPE = '\u0010';

/** One row's values by column: an array of values is one too. */
export interface RowValues {
  at(column: number): string | undefined;
}

/** What the grid and the column tools read rows through: an array of rows is one too. */
export interface RowSource {
  readonly length: number;
  at(index: number): RowValues | undefined;
}

/** ESCAPE first, so that the ESCAPE of the others is not escaped again. */
const escaped = (value: string): string =>
  value
    .replaceAll(ESCAPE, `${ESCAPE}0`)
    .replaceAll(ROW, `${ESCAPE}1`)
    .replaceAll(FIELD, `${ESCAPE}2`);

/** Every ESCAPE in an escaped value begins a pair, so the pairs cannot be misread. */
const unescaped = (value: string): string =>
  value
    .replaceAll(`${ESCAPE}1`, ROW)
    .replaceAll(`${ESCAPE}2`, FIELD)
    .replaceAll(`${ESCAPE}0`, ESCAPE);

const rowText = (row: readonly string[]): string =>
  row.length === 0 ? ESCAPE : row.map(escaped).join(FIELD);

function textRow(text: string): string[] {
  if (text === ESCAPE) return [];
  const values = text.split(FIELD);
  return text.includes(ESCAPE) ? values.map(unescaped) : values;
}

/** How many of FIELD, ROW and ESCAPE the text holds; indexOf is native, twice a loop's speed. */
function specialsIn(text: string): number {
  let count = 0;
  for (const special of [FIELD, ROW, ESCAPE]) {
    for (let at = text.indexOf(special); at >= 0; at = text.indexOf(special, at + 1)) count++;
  }
  return count;
}

/** FIELD, ROW and ESCAPE written between and for the rows, none inside a value. */
const separatorsOf = (rows: readonly (readonly string[])[]): number =>
  rows.reduce((count, row) => count + (row.length === 0 ? 1 : row.length - 1), rows.length - 1);

/**
 * Joined first without escaping: testing each of a million values cost a fifth of the time. One
 * count over the text tells whether any value held a special character; only then is it escaped.
 */
export function rowsAsText(rows: readonly (readonly string[])[]): string {
  const plain = rows.map((row) => (row.length === 0 ? ESCAPE : row.join(FIELD))).join(ROW);
  return specialsIn(plain) === separatorsOf(rows) ? plain : rows.map(rowText).join(ROW);
}

export function rowsFromText(text: string, count: number): string[][] {
  return count === 0 ? [] : text.split(ROW).map(textRow);
}

const ROW_BYTE = ROW.charCodeAt(0);

/**
 * The rows text as UTF-8, and where each of its `count` rows starts, plus one more entry where a
 * row past the last would start (the length + 1): row i is bytes[starts[i], starts[i + 1] - 1).
 * ROW is one byte in UTF-8, and no other character's bytes hold it.
 */
export function rowBytes(text: string, count: number): { bytes: Uint8Array; starts: Uint32Array } {
  const bytes = new TextEncoder().encode(text);
  const starts = new Uint32Array(count + 1);
  let at = 0;
  for (let row = 1; row < count; row++) {
    at = bytes.indexOf(ROW_BYTE, at) + 1;
    starts[row] = at;
  }
  starts[count] = bytes.length + 1;
  return { bytes, starts };
}

/** Rows read lately, kept so a row read again is the same object (a grid row re-renders less). */
const ROWS_KEPT = 512;
const utf8 = new TextDecoder();

/**
 * Rows kept as the bytes of their text, a row decoded when read and a value cut from it when
 * read: the grid reads a screenful of rows, and of a 100,000-column row only the columns in view.
 * Bytes cross from the worker without a copy (transferred); a text of 30 MB took the panel 140 ms
 * to receive as a string.
 */
export class TextRows implements RowSource {
  readonly length: number;
  private readonly read = new Map<number, TextRow>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Uint32Array,
  ) {
    this.length = starts.length - 1;
  }

  at(index: number): RowValues | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    let row = this.read.get(index);
    if (!row) {
      const end = (this.starts[index + 1] as number) - 1;
      row = new TextRow(utf8.decode(this.bytes.subarray(this.starts[index], end)));
      remember(this.read, index, row, ROWS_KEPT);
    }
    return row;
  }
}

/** Every this many values, where one starts is kept: a far column is found from the nearest. */
const CHECKPOINT = 64;

/**
 * One row's text, its values found as far as asked for: a 100,000-column row shown from its
 * start is searched only up to the columns in view. Where each value starts is kept for one value
 * in CHECKPOINT (keeping every one made a jump to column 50,000 of 30 rows take 66 ms in Node,
 * most of it growing the list; 17 ms so), and a read goes on from the last one when it can.
 */
class TextRow implements RowValues {
  /** Where value i × CHECKPOINT starts, for the values found so far. */
  private readonly checkpoints = [0];
  /** How many values are known to start so far; the last of them starts at `lastKnown`. */
  private known: number;
  private lastKnown = 0;
  /** Every value is known. */
  private complete: boolean;
  /** The value read last and where it starts: the grid reads a row's columns in order. */
  private lastRead = 0;
  private lastReadStart = 0;

  constructor(private readonly text: string) {
    this.complete = text === ESCAPE; // a row of no values
    this.known = this.complete ? 0 : 1;
  }

  at(column: number): string | undefined {
    if (!Number.isInteger(column) || column < 0) return undefined;
    this.findUpTo(column);
    if (column >= this.known) return undefined;
    const { text } = this;
    let index = column - (column % CHECKPOINT);
    let start = this.checkpoints[index / CHECKPOINT] as number;
    if (this.lastRead > index && this.lastRead <= column) {
      index = this.lastRead;
      start = this.lastReadStart;
    }
    for (; index < column; index++) start = text.indexOf(FIELD, start) + 1;
    this.lastRead = column;
    this.lastReadStart = start;
    const end = text.indexOf(FIELD, start);
    const value = text.slice(start, end < 0 ? text.length : end);
    return value.includes(ESCAPE) ? unescaped(value) : value;
  }

  /** Finds where the values up to `column` start, or every value when there are fewer. */
  private findUpTo(column: number): void {
    while (!this.complete && this.known <= column) {
      const separator = this.text.indexOf(FIELD, this.lastKnown);
      if (separator < 0) {
        this.complete = true;
        return;
      }
      this.lastKnown = separator + 1;
      if (this.known % CHECKPOINT === 0) this.checkpoints.push(this.lastKnown);
      this.known++;
    }
  }
}
