/**
 * Cells that hold several values (tags, checkbox and multi-select options), split at the
 * separators the caller names. Linear: one pass over the cell, no regular expressions.
 */

const isDigit = (char: string) => char >= '0' && char <= '9';

/** The values of a list cell: split at any of `separators`, trimmed, empty ones left out. */
export function splitList(value: string, separators: readonly string[]): string[] {
  const values: string[] = [];
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i < value.length && !separators.includes(value.charAt(i))) continue;
    const piece = value.slice(start, i).trim();
    if (piece) values.push(piece);
    start = i + 1;
  }
  return values;
}

/**
 * One piece with each `/` between values written as `joiner`. A slash between two digits is part
 * of a value ("24/7", "3/14/2025"); empty values ("a//b") are left out; the piece's edge spaces stay.
 */
function slashesAsSeparators(piece: string, joiner: string): string {
  const values: string[] = [];
  // Whether the value so far ends with a digit, read from its last part: reading the joined
  // string itself would flatten it on every slash.
  let endsWithDigit = false;
  for (const part of piece.split('/')) {
    if (endsWithDigit && isDigit(part.charAt(0))) values[values.length - 1] += `/${part}`;
    else values.push(part);
    endsWithDigit = isDigit(part.charAt(part.length - 1));
  }
  const lead = piece.slice(0, piece.length - piece.trimStart().length);
  const trail = piece.slice(piece.trimEnd().length);
  const kept = values.map((v) => v.trim()).filter(Boolean);
  return kept.length === 0 ? '' : `${lead}${kept.join(joiner)}${trail}`;
}

/**
 * The cell with `/` between values written as `joiner`, piece by piece between `separators`
 * (which stay as written); `keep` leaves a piece as it is (an option whose name holds a slash).
 * A cell holding a web address keeps its slashes: they are the address's ("https://a.example/b").
 */
export function rewriteSlashes(
  value: string,
  separators: readonly string[],
  joiner: string,
  keep: (piece: string) => boolean,
): string {
  if (value.includes('://')) return value;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const char = value.charAt(i);
    if (i < value.length && !separators.includes(char)) continue;
    const piece = value.slice(start, i);
    const separated = piece.includes('/') && !keep(piece.trim());
    out.push(separated ? slashesAsSeparators(piece, joiner) : piece);
    out.push(char);
    start = i + 1;
  }
  return out.join('');
}
