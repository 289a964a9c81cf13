import { WHITESPACE } from '../../regexes';

/**
 * Splitting a cell at the separators between several numbers (HighLevel FAQ, PF07; Google's
 * " ::: "): `;` `,` `/` `|`, a line break, `:::`, or "or", "and", "&" between spaces, each with the
 * spaces around it. The split the expression `\s*(?:[;,/|\n]|:::|\s(?:or|and|&)\s)\s*` (ignoring
 * case) makes, read as a scan: the expression tries every start inside a run of spaces and re-reads
 * the run from each, which is quadratic in a long one. tests/lib/values/phone-separators.test.ts
 * holds the scan to the expression.
 */

const WORDS = ['or', 'and', '&'];

/** `\s`, with printable ASCII answered without the regular expression. */
function isSpace(char: string): boolean {
  if (char === ' ') return true;
  if (char > ' ' && char <= '~') return false;
  return char !== '' && WHITESPACE.test(char);
}

function afterSpaces(text: string, from: number): number {
  let at = from;
  while (isSpace(text.charAt(at))) at++;
  return at;
}

function afterMark(text: string, at: number): number {
  const char = text.charAt(at);
  if (char === ';' || char === ',' || char === '/' || char === '|') return at + 1;
  return text.startsWith(':::', at) ? at + 3 : -1;
}

function afterWord(text: string, at: number): number {
  const word = WORDS.find((w) => text.slice(at, at + w.length).toLowerCase() === w);
  return word === undefined ? -1 : at + word.length;
}

/**
 * Where the separator starting at `start` ends, or -1. Within a run of spaces, the longest lead
 * that works wins, as in the expression: a mark after the run, then a line break ending it, then
 * a word after it, then any line break in it.
 */
function separatorEnd(text: string, start: number): number {
  const runEnd = afterSpaces(text, start);
  const markEnd = afterMark(text, runEnd);
  if (markEnd >= 0) return afterSpaces(text, markEnd);
  const run = text.slice(start, runEnd);
  if (run === '') return -1;
  if (!run.endsWith('\n')) {
    const wordEnd = afterWord(text, runEnd);
    if (wordEnd >= 0 && isSpace(text.charAt(wordEnd))) return afterSpaces(text, wordEnd);
  }
  return run.includes('\n') ? runEnd : -1;
}

/** The pieces between separators, as written (empty ones included). */
export function splitAtPhoneSeparators(text: string): string[] {
  const pieces: string[] = [];
  let pieceStart = 0;
  let at = 0;
  while (at < text.length) {
    const end = separatorEnd(text, at);
    if (end < 0) {
      // No separator starts later in the same run of spaces either: skip the run.
      at = Math.max(at + 1, afterSpaces(text, at));
      continue;
    }
    pieces.push(text.slice(pieceStart, at));
    pieceStart = at = end;
  }
  pieces.push(text.slice(pieceStart));
  return pieces;
}
