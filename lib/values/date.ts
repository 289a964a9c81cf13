import {
  DAY_FIRST_MONTH_NAME,
  MONTH_NAME_FIRST,
  NUMERIC_DATE,
  TRAILING_TIME,
  WEEKDAY_PREFIX,
} from '../regexes';
import { remember } from './memo';

/** The date formats HighLevel's import screen offers (SOURCES.csvFormat), one chosen per import. */
export const DATE_FORMATS = ['MM/DD/YYYY', 'DD/MM/YYYY', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * Dates against the format chosen for the import. HighLevel reads day, month and a 4-digit year in
 * that order, with '/', '-' or '.' between them; anything else arrives empty (1014). Values that
 * read as exactly one date some other way are rewritten in the chosen format.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateVerdict =
  | { status: 'empty' }
  | { status: 'ok' }
  | { status: 'rewritten'; fixed: string }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'invalid' };

const EMPTY: DateVerdict = { status: 'empty' };
const OK: DateVerdict = { status: 'ok' };
const INVALID: DateVerdict = { status: 'invalid' };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Dates repeat a lot in a file (sign-up days, birthdays): one memo per format. */
const memos = new Map<DateFormat, Map<string, DateVerdict>>(
  DATE_FORMATS.map((f) => [f, new Map()]),
);
const DATE_MEMO_LIMIT = 50_000;

/**
 * The last verdict: 1014 and PF14 judge the same cell one after the other (the same string, so
 * comparing it costs a pointer). Three variables, not an object: no allocation a date cell.
 */
let lastValue: string | null = null;
let lastFormat: DateFormat | null = null;
let lastVerdict: DateVerdict = EMPTY;

export function judgeDate(value: string, format: DateFormat): DateVerdict {
  if (value === lastValue && format === lastFormat) return lastVerdict;
  // Most dates are written as the format reads them: that costs less to read than to look up.
  const verdict = readIn(value, format) ? OK : lookup(value, format);
  lastValue = value;
  lastFormat = format;
  lastVerdict = verdict;
  return verdict;
}

function lookup(value: string, format: DateFormat): DateVerdict {
  const memo = memos.get(format) as Map<string, DateVerdict>;
  let verdict = memo.get(value);
  if (!verdict) {
    verdict = readDate(value.trim(), format);
    remember(memo, value, verdict, DATE_MEMO_LIMIT);
  }
  return verdict;
}

/** PF14: a numeric date read in `from` and written in `to`; null when it does not read in `from`. */
export function convertDate(value: string, from: DateFormat, to: DateFormat): string | null {
  const date = readIn(value.trim(), from);
  return date && write(date, to);
}

/** PF14: does the value read as a real date in that format, as written? */
export function parsesAs(value: string, format: DateFormat): boolean {
  return judgeDate(value, format).status === 'ok';
}

/** The verdict on a trimmed value, read afresh (judgeDate remembers them). */
export function readDate(text: string, format: DateFormat): DateVerdict {
  if (!text) return EMPTY;
  const time = TRAILING_TIME.exec(text);
  if (!time || time.index === 0) return judgeDay(text, format);
  // The chosen format has no time: keep the date, drop the time.
  const day = judgeDay(text.slice(0, time.index), format);
  return day.status === 'ok' ? rewritten(readIn(text.slice(0, time.index), format), format) : day;
}

function judgeDay(text: string, format: DateFormat): DateVerdict {
  if (NUMERIC_DATE.test(text)) {
    if (readIn(text, format)) return OK;
    const dates = DATE_FORMATS.filter((other) => other !== format).map((other) =>
      readIn(text, other),
    );
    return choose(dates, format);
  }
  return choose([readWithMonthName(text.replace(WEEKDAY_PREFIX, ''))], format);
}

/** One distinct date: rewritten; several: ambiguous; none: invalid. */
function choose(dates: (CalendarDate | null)[], format: DateFormat): DateVerdict {
  const written = [
    ...new Set(dates.filter((date) => date !== null).map((date) => write(date, format))),
  ];
  if (written.length === 0) return INVALID;
  if (written.length === 1) return { status: 'rewritten', fixed: written[0] as string };
  return { status: 'ambiguous', candidates: written };
}

function rewritten(date: CalendarDate | null, format: DateFormat): DateVerdict {
  return date ? { status: 'rewritten', fixed: write(date, format) } : INVALID;
}

/** The numeric date read in `format`, when it is a real date with a 4-digit year. */
function readIn(text: string, format: DateFormat): CalendarDate | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const [, first = '', , second = '', third = ''] = match;
  if (format === 'YYYY/MM/DD') return calendarDate(first, second, third);
  if (format === 'MM/DD/YYYY') return calendarDate(third, first, second);
  return calendarDate(third, second, first);
}

/** "March 14, 2025", "Mar. 14th 2025", "14 March 2025", "14-Mar-2025". */
function readWithMonthName(text: string): CalendarDate | null {
  const monthFirst = MONTH_NAME_FIRST.exec(text);
  if (monthFirst)
    return calendarDate(monthFirst[3] ?? '', monthNumber(monthFirst[1]), monthFirst[2] ?? '');
  const dayFirst = DAY_FIRST_MONTH_NAME.exec(text);
  if (dayFirst) return calendarDate(dayFirst[3] ?? '', monthNumber(dayFirst[2]), dayFirst[1] ?? '');
  return null;
}

/** "March", "mar", "Sept" → "3"; anything else → "" (no month). */
function monthNumber(name: string | undefined): string {
  const lower = (name ?? '').toLowerCase();
  const index = MONTHS.findIndex(
    (month) =>
      month === lower ||
      (lower.length === 3 && month.startsWith(lower)) ||
      (lower === 'sept' && month === 'september'),
  );
  return index < 0 ? '' : String(index + 1);
}

function calendarDate(year: string, month: string, day: string): CalendarDate | null {
  if (
    year.length !== 4 ||
    month.length < 1 ||
    month.length > 2 ||
    day.length < 1 ||
    day.length > 2
  ) {
    return null;
  }
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  if (date.year < 1000 || date.month < 1 || date.month > 12 || date.day < 1) return null;
  return date.day <= daysIn(date.year, date.month) ? date : null;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function write({ year, month, day }: CalendarDate, format: DateFormat): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (format === 'YYYY/MM/DD') return `${year}/${mm}/${dd}`;
  return format === 'MM/DD/YYYY' ? `${mm}/${dd}/${year}` : `${dd}/${mm}/${year}`;
}
