import { CODES } from '../highlevel/codes';
import { ERROR_LOG, type HighLevelCode } from '../highlevel/error-log';
import { LOG_CODE, LOG_WORD_BREAK } from '../regexes';

/** A cell's words, as names are compared: lower case, anything but letters and digits between. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(LOG_WORD_BREAK).filter(Boolean);
}

/** Words around codes and names that say nothing of their own: "Error code 1013 and 1014". */
const FILLER = new Set(['error', 'errors', 'code', 'codes', 'id', 'and', 'reason']);

interface NameNode {
  next: Map<string, NameNode>;
  /** The code whose name ends at this word. */
  code?: HighLevelCode;
}

/** Every name of every code, word by word, so a cell is read in one pass over its words. */
const NAMES: NameNode = { next: new Map() };
for (const [code, { names }] of Object.entries(ERROR_LOG) as [
  HighLevelCode,
  { names: readonly string[] },
][]) {
  for (const name of [...names, CODES[code].name]) {
    let node = NAMES;
    for (const word of wordsOf(name)) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.code = code;
  }
}

/** The longest name starting at `start`: its code and the index after its last word. */
function nameAt(
  words: readonly string[],
  start: number,
): { code: HighLevelCode; end: number } | null {
  let node: NameNode | undefined = NAMES;
  let found: { code: HighLevelCode; end: number } | null = null;
  for (let at = start; node && at < words.length; at++) {
    node = node.next.get(words[at] as string);
    if (node?.code) found = { code: node.code, end: at + 1 };
  }
  return found;
}

/**
 * The HighLevel codes a cell of an error log names, by number ("1013"), by name ("Could not parse
 * the phone number") or both, one or several in any separators ("1013 - Could not parse the phone
 * number | 1014 - Could not parse the date"), each once in the order first named. Null when the
 * cell holds anything else: the column is not where the log keeps its errors. Linear in the cell:
 * each word starts at most one walk down the names, no longer than the longest name.
 */
export function codesInCell(cell: string): HighLevelCode[] | null {
  const words = wordsOf(cell);
  const codes = new Set<HighLevelCode>();
  for (let at = 0; at < words.length;) {
    const word = words[at] as string;
    const named = nameAt(words, at);
    if (named) {
      codes.add(named.code);
      at = named.end;
    } else if (LOG_CODE.test(word)) {
      codes.add(word as HighLevelCode);
      at++;
    } else if (FILLER.has(word)) at++;
    else return null;
  }
  return codes.size > 0 ? [...codes] : null;
}
