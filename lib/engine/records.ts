import Papa from 'papaparse';
import type { Malformed } from '../check';
import { newlineOf, type Dialect } from '../read/dialect';
import { LINE_BREAK, TRAILING_LINE_BREAK } from '../regexes';

/** The rows above the header: blank records, and records that are not the header (a title). */
export interface Above {
  blank: number;
  rows: { number: number; fields: string[] }[];
}

/** What the record reader hands on, in file order. */
export interface RecordSink {
  /** How well a record reads as the header (columns that map to a field); the best one wins. */
  headerScore(fields: string[]): number;
  /** The header, spreadsheet row `number`, with what came above it. */
  header(fields: string[], number: number, above: Above): void;
  /**
   * A data record: `number` is its spreadsheet row number, `values` are cut to the header's width
   * when only empty fields follow, `cursor` is where it ends in the text.
   */
  record(number: number, values: string[], malformed: Malformed | null, cursor: number): void;
}

/** How many non-blank records at the top of a file may be the header (titles, preambles). */
const HEADER_CANDIDATES = 10;

interface Parsed {
  fields: string[];
  unclosed: boolean;
  start: number;
  cursor: number;
  number: number;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** Only a malformed row needs its raw text: slicing every row would copy the whole file. */
function rawLine(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(TRAILING_LINE_BREAK, '');
}

/** The best-scoring candidate; the first on a tie, so a plain file keeps row 1 as its header. */
function chooseHeader(candidates: readonly Parsed[], sink: RecordSink): number {
  let best = -1;
  let bestScore = -1;
  candidates.forEach((record, index) => {
    if (isBlank(record.fields)) return;
    const score = sink.headerScore(record.fields);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Parses the text record by record (papaparse's step mode: one record in memory at a time): the
 * header, chosen among the first records as the one that best maps to HighLevel's fields, then
 * every data record with the way it fails the header's shape. The newline that ends the file is
 * not a record.
 */
export function readRecords(
  text: string,
  dialect: Pick<Dialect, 'delimiter' | 'lineEnding'>,
  sink: RecordSink,
): void {
  let width = 0;
  let recordIndex = 0;
  let lastCursor = 0;
  /** The first records, held until the header is chosen among them; null once it is. */
  let candidates: Parsed[] | null = [];
  let nonBlank = 0;

  // Positional, not a record object: called for every row of the file.
  const data = (
    fields: string[],
    unclosed: boolean,
    start: number,
    cursor: number,
    number: number,
  ) => {
    const blank = isBlank(fields);
    // The newline that ends the file is not a row.
    if (blank && fields.length === 1 && cursor >= text.length && start === cursor) return;
    let malformed: Malformed | null = null;
    let values = fields;
    if (unclosed) {
      const line = rawLine(text, start, cursor);
      malformed = { problem: 'unclosed-quote', raw: line, count: line.split(LINE_BREAK).length };
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
    sink.record(number, values, malformed, cursor);
  };

  const decide = () => {
    const held = candidates ?? [];
    candidates = null;
    const chosen = chooseHeader(held, sink);
    const header = held[chosen];
    if (!header) return; // nothing but blank lines
    const above: Above = { blank: 0, rows: [] };
    for (const record of held.slice(0, chosen)) {
      if (isBlank(record.fields)) above.blank++;
      else above.rows.push({ number: record.number, fields: record.fields });
    }
    width = header.fields.length;
    sink.header(header.fields, header.number, above);
    for (const r of held.slice(chosen + 1)) data(r.fields, r.unclosed, r.start, r.cursor, r.number);
  };

  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    newline: newlineOf(dialect.lineEnding),
    step(result) {
      const fields = result.data;
      const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
      const start = lastCursor;
      const cursor = result.meta.cursor;
      lastCursor = cursor;
      recordIndex++;
      if (candidates === null) return data(fields, unclosed, start, cursor, recordIndex);
      candidates.push({ fields, unclosed, start, cursor, number: recordIndex });
      if (!isBlank(fields) && ++nonBlank >= HEADER_CANDIDATES) decide();
    },
    complete() {
      if (candidates !== null) decide();
    },
  });
}
