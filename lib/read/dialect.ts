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

function scanLineEndings(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
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
