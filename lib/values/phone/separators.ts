import { WHITESPACE } from '../../regexes';

/**
 * Splitting a cell at the separators between several numbers (HighLevel FAQ, PF07; Google's
 * " ::: "): `;` `,` `/` `|`, a line break, `:::`, or "or", "and", "&" between spaces, each with the
 * spaces around it. The split the expression `\s*(?:[;,/|\n]|:::|\s(?:or|and|&)\s)\s*` (ignoring
 * case) makes, read as a scan: the expression tries every start inside a run of spaces and re-reads
 * the run from each, which is quadratic in a long one. tests/lib/values/phone-separators.test.ts
 * holds the scan to the expression.
 */

const MARKS = [';', ',', '/', '|', ':::'];
const WORDS = ['or', 'and', '&'];

/** `\s`, with printable ASCII answered without the regular expression. */
function isSpace(char: string): boolean {
  if (char > ' ' && char <= '~') return false;
  return char !== '' && WHITESPACE.test(char);
}

function afterSpaces(text: string, from: number): number {
  let at = from;
  while (isSpace(text.charAt(at))) at++;
  return at;
}

function afterOneOf(text: string, at: number, tokens: readonly string[]): number {
  const token = tokens.find((t) => text.slice(at, at + t.length).toLowerCase() === t);
  return token === undefined ? -1 : at + token.length;
}

/**
 * Where the separator starting at `start` ends, or -1. Within a run of spaces, the longest lead
 * that works wins, as in the expression: a mark after the run, then a line break ending it, then
 * a word after it, then any line break in it.
 */
function separatorEnd(text: string, start: number): number {
  const runEnd = afterSpaces(text, start);
  const afterMark = afterOneOf(text, runEnd, MARKS);
  if (afterMark >= 0) return afterSpaces(text, afterMark);
  const run = text.slice(start, runEnd);
  if (run === '') return -1;
  if (!run.endsWith('\n')) {
    const afterWord = afterOneOf(text, runEnd, WORDS);
    if (afterWord >= 0 && isSpace(text.charAt(afterWord))) return afterSpaces(text, afterWord);
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
