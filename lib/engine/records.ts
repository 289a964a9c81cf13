import Papa from 'papaparse';
import type { Malformed } from '../check';
import { newlineOf, type Dialect } from '../read/dialect';
import { LINE_BREAK, TRAILING_LINE_BREAK } from '../regexes';

/** What the record reader hands on, in file order. */
export interface RecordSink {
  /** The first record that is not blank; `blankLinesBefore` blank records came before it. */
  header(fields: string[], blankLinesBefore: number): void;
  /**
   * A data record: `number` is its spreadsheet row number, `values` are cut to the header's width
   * when only empty fields follow, `cursor` is where it ends in the text.
   */
  record(number: number, values: string[], malformed: Malformed | null, cursor: number): void;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** Only a malformed row needs its raw text: slicing every row would copy the whole file. */
function rawLine(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(TRAILING_LINE_BREAK, '');
}

/**
 * Parses the text record by record (papaparse's step mode: one record in memory at a time): the
 * header after any blank lines, then every data record with the way it fails the header's shape.
 * The newline that ends the file is not a record.
 */
export function readRecords(
  text: string,
  dialect: Pick<Dialect, 'delimiter' | 'lineEnding'>,
  sink: RecordSink,
): void {
  let width = 0;
  let blankLinesBefore = 0;
  let recordIndex = 0;
  let headerSeen = false;
  let lastCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    newline: newlineOf(dialect.lineEnding),
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
        width = fields.length;
        sink.header(fields, blankLinesBefore);
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
      sink.record(recordIndex, values, malformed, cursor);
    },
  });
}
