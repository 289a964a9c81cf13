/** First characters a spreadsheet treats as a formula (OWASP "CSV Injection"), as char codes. */
const FORMULA_STARTS = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

/** A char-code lookup, not a regex: PF09 asks it of nearly every cell of a file. */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_STARTS.has(value.charCodeAt(0));
}

/** Text safe to open in a spreadsheet: a leading apostrophe keeps a formula from running. */
export function spreadsheetSafe(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
