/**
 * Values of HighLevel's Number and Monetary custom fields. What each accepts as written comes from
 * HighLevel's "CSV File Format for Importing Contacts and Opportunities" (article 155000005143,
 * "Formatting Guidelines"; SOURCES.csvFormat). Anything else is read as a number only when it reads
 * one way, and is then written in the plain form both fields accept (`1200.50`). Linear: one pass
 * over the value, no regular expressions.
 */

export type NumberField = 'number' | 'money';

/**
 * The accepted forms, HighLevel's examples first: a number is digits with an optional `.` and
 * decimals; an amount may also group thousands with commas.
 */
export const ACCEPTED_FORMS: Record<
  NumberField,
  { examples: readonly string[]; commaGroups: boolean }
> = {
  number: { examples: ['1.23', '1234', '.123'], commaGroups: false },
  money: { examples: ['1234', '1,234,234.33'], commaGroups: true },
};

export type NumberVerdict =
  | { status: 'accepted' }
  | { status: 'rewritten'; fixed: string }
  /** `1,234` in a number field: a thousands comma or a decimal comma. */
  | { status: 'ambiguous'; candidates: [string, string] }
  | { status: 'invalid' };

/** Currency marks written before or after an amount; codes compared in upper case. */
const CURRENCIES = [
  ...['US$', 'C$', 'A$', 'R$', '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', '₱'],
  ...['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'INR', 'MXN'],
];
const SIGNS = ['-', '+', '\u2212'];
/** Characters between digit groups: decimal or thousands marks, spaces (also no-break), apostrophes. */
const GROUP_MARKS = [',', '.', ' ', '\u00A0', '\u202F', "'", '\u2019'];
const SPACES = [' ', '\u00A0', '\u202F', '\t'];

const isDigit = (char: string) => char >= '0' && char <= '9';

function withoutSpaces(text: string): string {
  return [...text].filter((char) => !SPACES.includes(char)).join('');
}

/** The text after a leading currency mark or code, or null when it starts with none. */
function afterCurrency(text: string): string | null {
  const upper = text.toUpperCase();
  const mark = CURRENCIES.find((m) => upper.startsWith(m));
  return mark === undefined ? null : text.slice(mark.length);
}

/** Reads what stands before the digits: a sign and a currency, in either order. */
function readPrefix(text: string): { negative: boolean } | null {
  let rest = withoutSpaces(text);
  let negative = false;
  let signed = false;
  const takeSign = () => {
    const sign = rest.charAt(0);
    if (signed || !SIGNS.includes(sign)) return;
    signed = true;
    negative = sign !== '+';
    rest = rest.slice(1);
  };
  takeSign();
  rest = afterCurrency(rest) ?? rest;
  takeSign();
  return rest === '' ? { negative } : null;
}

/** What stands after the digits may be a percent sign or a currency. */
function isSuffix(text: string): boolean {
  const rest = withoutSpaces(text);
  return rest === '' || rest === '%' || afterCurrency(rest) === '';
}

/** Digit groups and the single marks between them; null when anything else is there. */
function tokens(core: string): { groups: string[]; marks: string[] } | null {
  const groups: string[] = [];
  const marks: string[] = [];
  let start = 0;
  for (let i = 0; i < core.length; i++) {
    const char = core.charAt(i);
    if (isDigit(char)) continue;
    // A mark must follow digits, but for a leading decimal mark (".123").
    if (!GROUP_MARKS.includes(char) || (i === start && i > 0)) return null;
    groups.push(core.slice(start, i));
    marks.push(char);
    start = i + 1;
  }
  groups.push(core.slice(start));
  return { groups, marks };
}

/** Thousands groups: 1 to 3 digits without a leading zero, then groups of exactly 3. */
function isGrouped(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  return (
    first.length >= 1 &&
    first.length <= 3 &&
    !first.startsWith('0') &&
    rest.every((group) => group.length === 3)
  );
}

/** How the digits read: integer digits and decimals, or both readings of `1,234`, or none. */
type Reading = { whole: string; decimals: string } | { ambiguous: [string, string] } | null;

function read(groups: readonly string[], marks: readonly string[], field: NumberField): Reading {
  const last = marks.at(-1);
  if (last === undefined) return { whole: groups.join(''), decimals: '' };
  const isDecimal = (last === '.' || last === ',') && marks.indexOf(last) === marks.length - 1;
  const grouping = isDecimal ? marks.slice(0, -1) : marks;
  const wholeGroups = isDecimal ? groups.slice(0, -1) : groups;
  // One kind of thousands mark; a decimal mark is unique, so it is never among them.
  if (grouping.some((mark) => mark !== grouping[0])) return null;
  if (grouping.length > 0 && !isGrouped(wholeGroups)) return null;
  const whole = wholeGroups.join('');
  if (!isDecimal) return { whole, decimals: '' };
  const decimals = groups.at(-1) ?? '';
  // One comma before three digits is a thousands comma or a decimal comma.
  if (last === ',' && grouping.length === 0 && decimals.length === 3 && isGrouped(groups)) {
    if (field === 'money') return { whole: whole + decimals, decimals: '' };
    return { ambiguous: [whole + decimals, `${whole}.${decimals}`] };
  }
  return { whole, decimals };
}

/** True when HighLevel takes the digits as written (signs and marks aside). */
function acceptsAsWritten(marks: readonly string[], groups: readonly string[], field: NumberField) {
  const decimalPoint = marks.at(-1) === '.' ? 1 : 0;
  const thousands = marks.slice(0, marks.length - decimalPoint);
  if (thousands.length === 0) return true;
  const wholeGroups = groups.slice(0, groups.length - decimalPoint);
  return (
    ACCEPTED_FORMS[field].commaGroups &&
    thousands.every((mark) => mark === ',') &&
    isGrouped(wholeGroups)
  );
}

/** Judges one non-empty value of a Number or Monetary field. */
export function judgeNumber(value: string, field: NumberField): NumberVerdict {
  const text = value.trim();
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charAt(i))) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return { status: 'invalid' };
  // A leading decimal mark belongs to the number: ".123".
  const before = text.charAt(first - 1);
  const start = before === '.' || before === ',' ? first - 1 : first;
  const prefix = readPrefix(text.slice(0, start));
  const found = tokens(text.slice(start, last + 1));
  if (!prefix || !found || !isSuffix(text.slice(last + 1))) return { status: 'invalid' };
  const { groups, marks } = found;
  const reading = read(groups, marks, field);
  if (reading === null) return { status: 'invalid' };
  if ('ambiguous' in reading) return { status: 'ambiguous', candidates: reading.ambiguous };
  const plainPrefix = text.slice(0, start) === (prefix.negative ? '-' : '');
  if (plainPrefix && text.length === last + 1 && acceptsAsWritten(marks, groups, field)) {
    return { status: 'accepted' };
  }
  const sign = prefix.negative ? '-' : '';
  const whole = reading.whole === '' ? '0' : reading.whole;
  return {
    status: 'rewritten',
    fixed: `${sign}${whole}${reading.decimals ? `.${reading.decimals}` : ''}`,
  };
}
