/**
 * The one rule for every cell a spreadsheet may open (OWASP "CSV Injection"): a value that starts
 * like a formula gets a leading apostrophe, unless it is a plain number or phone numbers, which a
 * spreadsheet can only read as numbers or fail to read. The writer applies it to every cell of
 * every CSV it writes; PF09 names the values it applies to.
 *
 * The exemption is a char-code scan, not a regex: one pass, no backtracking, whatever the cell.
 */

/** First characters a spreadsheet treats as a formula, as char codes. */
const FORMULA_STARTS = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

const PLUS = 0x2b;
const MINUS = 0x2d;
const COMMA = 0x2c;
const PERIOD = 0x2e;
const SPACE = 0x20;
/** Punctuation written inside a phone number: space ( ) . - / */
const PHONE_PUNCTUATION = new Set([...' ().-/'].map((c) => c.charCodeAt(0)));
/** PF09's threshold before this rule: fewer digits than this is arithmetic, not a phone. */
const MIN_PHONE_DIGITS = 7;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The index after the run of digits at `i`, or -1 when there is none. */
function afterDigits(value: string, i: number): number {
  let end = i;
  while (isDigit(value.charCodeAt(end))) end++;
  return end > i ? end : -1;
}

/** A decimal or grouping separator at `at`; a function of its own, not a closure per cell. */
function isSeparator(value: string, at: number): boolean {
  const code = value.charCodeAt(at);
  return code === PERIOD || code === COMMA;
}

/** `-5`, `+3.2`, `1,200.50`, `.5`, `1e-3`: an optional sign, digit groups, an exponent. */
export function isPlainNumber(value: string): boolean {
  const first = value.charCodeAt(0);
  let i = first === PLUS || first === MINUS ? 1 : 0;
  if (isSeparator(value, i)) {
    i = afterDigits(value, i + 1);
  } else {
    i = afterDigits(value, i);
    while (i > 0 && isSeparator(value, i)) i = afterDigits(value, i + 1);
  }
  if (i > 0 && (value[i] === 'e' || value[i] === 'E')) {
    const sign = value.charCodeAt(i + 1);
    i = afterDigits(value, sign === PLUS || sign === MINUS ? i + 2 : i + 1);
  }
  return i === value.length;
}

/** The index after the extension at `i` (` ext. 12`, `x12`, `#12`), or -1 when there is none. */
function afterExtension(value: string, i: number): number {
  let at = i;
  while (value.charCodeAt(at) === SPACE) at++;
  const mark = value.slice(at, at + 3).toLowerCase();
  if (mark === 'ext') at += value[at + 3] === '.' ? 4 : 3;
  else if (mark[0] === 'x' || mark[0] === '#') at += 1;
  else return -1;
  while (value.charCodeAt(at) === SPACE) at++;
  return afterDigits(value, at);
}

/**
 * The index after the phone number at `i`, or -1: an optional `+`, then a digit or `(`, digits and
 * phone punctuation, an extension.
 */
function afterPhone(value: string, i: number): number {
  let at = value.charCodeAt(i) === PLUS ? i + 1 : i;
  if (!isDigit(value.charCodeAt(at)) && value[at] !== '(') return -1;
  let digits = 0;
  for (; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (isDigit(code)) digits++;
    else if (!PHONE_PUNCTUATION.has(code)) break;
  }
  if (digits < MIN_PHONE_DIGITS) return -1;
  if (at === value.length || value.charCodeAt(at) === COMMA) return at;
  return afterExtension(value, at);
}

/**
 * `+1 (202) 555-0147`, `+12025550147 ext. 12`, or HighLevel's Additional Phones list of them,
 * comma-separated: digits and phone punctuation, with a `+` only where a number starts.
 */
export function isPhoneNumbers(value: string): boolean {
  let at = afterPhone(value, 0);
  while (at > 0 && at < value.length) {
    if (value.charCodeAt(at) !== COMMA) return false;
    at++;
    while (value.charCodeAt(at) === SPACE) at++;
    at = afterPhone(value, at);
  }
  return at === value.length;
}

/** The highest formula start, `@`: letters, the common first character, are above it. */
const LAST_FORMULA_START = 0x40;

/** A char-code lookup first: the writer asks it of every cell of a file. */
export function startsLikeFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  return first <= LAST_FORMULA_START && FORMULA_STARTS.has(first);
}

/** A spreadsheet would run it: it starts like a formula and is not a number or phone numbers. */
export function runsAsFormula(value: string): boolean {
  return startsLikeFormula(value) && !isPlainNumber(value) && !isPhoneNumbers(value);
}

/**
 * Text safe to open in a spreadsheet: a leading apostrophe keeps a formula from running. Applying
 * it twice changes nothing, since a value it prefixed starts with the apostrophe.
 */
export function spreadsheetSafe(value: string): string {
  return runsAsFormula(value) ? `'${value}` : value;
}
