import Papa from 'papaparse';

/** The line endings outside quoted fields; `mixed` when more than one kind is used. */
export type LineEnding = '\r\n' | '\n' | '\r' | 'mixed' | 'none';

export interface Dialect {
  delimiter: string;
  lineEnding: LineEnding;
  /** The text to parse: line endings made uniform when the file mixed them. */
  text: string;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 50;

function count(text: string, search: string): number {
  let n = 0;
  for (let at = text.indexOf(search); at >= 0; at = text.indexOf(search, at + search.length)) n++;
  return n;
}

/**
 * The file's line ending. Counting with indexOf settles most files at once; only when the counts
 * disagree is the text scanned outside quoted fields, since Excel writes "\n" inside quoted cells
 * of a "\r\n" file, which is not a mixed file.
 */
function detectLineEnding(text: string): LineEnding {
  const [crlf, cr, lf] = [count(text, '\r\n'), count(text, '\r'), count(text, '\n')];
  if (cr === 0) return lf ? '\n' : 'none';
  if (lf === 0) return '\r';
  if (crlf === cr && crlf === lf) return '\r\n';
  return scanLineEndings(text);
}

/** The earlier of two indexOf answers that are found; -1 when neither is. */
const earliest = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/**
 * Counts the line endings outside quoted fields. Only quotes and line breaks matter, so it jumps
 * from one to the next with indexOf, which passes over the text between far faster than a loop;
 * a quoted field is passed over whole, to its closing quote (a doubled quote closes and reopens).
 */
function scanLineEndings(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  /** The next quote, CR and LF at or after `at`; -1 once there are no more. */
  let quote = text.indexOf('"');
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  let at = 0;
  for (;;) {
    if (quote >= 0 && quote < at) quote = text.indexOf('"', at);
    if (nextCr >= 0 && nextCr < at) nextCr = text.indexOf('\r', at);
    if (nextLf >= 0 && nextLf < at) nextLf = text.indexOf('\n', at);
    const next = earliest(quote, earliest(nextCr, nextLf));
    if (next < 0) break;
    if (next === quote) {
      const close = text.indexOf('"', next + 1);
      if (close < 0) break; // an unclosed quote runs to the end
      at = close + 1;
    } else if (next === nextLf) {
      lf++;
      at = next + 1;
    } else if (text.charCodeAt(next + 1) === 10) {
      crlf++;
      at = next + 2;
    } else {
      cr++;
      at = next + 1;
    }
  }
  const kinds = [crlf, lf, cr].filter((count) => count > 0).length;
  if (kinds > 1) return 'mixed';
  if (crlf) return '\r\n';
  if (lf) return '\n';
  if (cr) return '\r';
  return 'none';
}

/**
 * Scores each delimiter by how consistently it splits the first rows into the header's width.
 * Judging by the header first avoids papaparse's classic mistake on semicolon files with decimal
 * commas ("1,5;2;3"): the header rarely contains the wrong delimiter.
 */
function detectDelimiter(sample: string, newline: Newline): string {
  let best = { delimiter: ',', score: -1, width: 1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, newline, preview: SAMPLE_ROWS }).data;
    const nonEmpty = rows.filter((row) => row.length > 1 || (row[0] ?? '') !== '');
    const width = nonEmpty[0]?.length ?? 0;
    if (width < 2) continue;
    const score = nonEmpty.filter((row) => row.length === width).length / nonEmpty.length;
    if (score > best.score || (score === best.score && width > best.width)) {
      best = { delimiter, score, width };
    }
  }
  return best.delimiter;
}

/** "\r\n" and "\r" outside quoted fields become "\n"; a quoted value keeps its line breaks as found. */
function uniformLineEndings(text: string): string {
  const pieces: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted) {
      pieces.push(text.slice(from, i), '\n');
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

export function detectDialect(decoded: string): Dialect {
  const lineEnding = detectLineEnding(decoded);
  // Papaparse splits on one newline sequence only, so a mixed file is made uniform first.
  const text = lineEnding === 'mixed' ? uniformLineEndings(decoded) : decoded;
  return {
    delimiter: detectDelimiter(text.slice(0, SAMPLE_CHARS), newlineOf(lineEnding)),
    lineEnding,
    text,
  };
}

export type Newline = '\r\n' | '\n' | '\r';

export function newlineOf(lineEnding: LineEnding): Newline {
  return lineEnding === 'mixed' || lineEnding === 'none' ? '\n' : lineEnding;
}
