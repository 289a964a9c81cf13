import type { Column } from '../mapping';
import { NON_DIGITS, WHITESPACE_RUNS } from '../regexes';
import type { Change } from '../types';
import type { PhoneJudge } from '../values/phone';
import type { ContactKind, ErrorLog, LogRow } from './read-log';

/** The original file as the engine read it: its columns and its rows with the fixes applied. */
export interface OriginalRows {
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  /** Spreadsheet row of `rows[0]`. */
  firstRowNumber: number;
  /** The values before the fixes, so a log row matches on what the imported file held. */
  changes: readonly Change[];
}

export type MatchedBy = 'row' | ContactKind | 'name';

export interface Match {
  /** The log's own row. */
  line: number;
  /** The original's spreadsheet row. */
  row: number;
  by: MatchedBy;
}

export interface Matching {
  matches: Match[];
  /** Log rows found in no row of the original. */
  unmatched: number[];
}

/** The keys a row is looked up by, in the order they are tried after its row number. */
const KEYS = ['contactId', 'email', 'phone', 'name'] as const;
type Key = (typeof KEYS)[number];

/** A value as two files that hold the same contact may each write it: compared by these. */
function keyMaker(phone: PhoneJudge): Record<Key, (value: string) => string> {
  const loose = (value: string) => value.trim().toLowerCase().replace(WHITESPACE_RUNS, ' ');
  return {
    contactId: (value) => value.trim(),
    email: loose,
    phone: (value) => {
      const verdict = phone.judge(value);
      return verdict.status === 'valid' ? verdict.e164 : value.replace(NON_DIGITS, '');
    },
    name: loose,
  };
}

/** A log row's key of each kind it carries. */
function logKeys(row: LogRow, keyOf: Record<Key, (value: string) => string>): Map<Key, string> {
  const keys = new Map<Key, string>();
  for (const key of ['contactId', 'email', 'phone'] as const) {
    const value = row.contact[key];
    if (value && keyOf[key](value)) keys.set(key, keyOf[key](value));
  }
  const name = [row.contact.firstName, row.contact.lastName].filter(Boolean).join(' ');
  if (name) keys.set('name', keyOf.name(name));
  return keys;
}

/** Each original row's keys, from its values before and after the fixes. */
function originalKeys(original: OriginalRows, keyOf: Record<Key, (value: string) => string>) {
  const kindAt = (kind: string) =>
    original.columns.filter((c) => c.kind === kind).map((c) => c.index);
  const at = { contactId: kindAt('contactId'), email: kindAt('email'), phone: kindAt('phone') };
  const [first] = kindAt('firstName');
  const [last] = kindAt('lastName');
  const [full] = kindAt('fullName');
  const columnAt = new Map(original.columns.map((c) => [c.header, c.index]));
  const before = new Map<string, string>();
  for (const { row, column, before: value } of original.changes) {
    before.set(`${row}\u0000${columnAt.get(column)}`, value);
  }
  return (row: number): [Key, string][] => {
    const values = original.rows[row - original.firstRowNumber] ?? [];
    const both = (c: number | undefined) =>
      c === undefined ? [] : [values[c] ?? '', before.get(`${row}\u0000${c}`) ?? ''];
    const found: [Key, string][] = [];
    const add = (key: Key, value: string) => {
      const made = value.trim() && keyOf[key](value);
      if (made) found.push([key, made]);
    };
    for (const key of ['contactId', 'email', 'phone'] as const) {
      for (const c of at[key]) for (const value of both(c)) add(key, value);
    }
    for (const value of both(full)) add('name', value);
    const [firstNow = '', firstBefore = ''] = both(first);
    const [lastNow = '', lastBefore = ''] = both(last);
    add('name', `${firstNow} ${lastNow}`);
    add('name', `${firstBefore || firstNow} ${lastBefore || lastNow}`);
    return found;
  };
}

/** Rows by key, in file order, each handed out once: a cursor skips the rows already taken. */
class RowIndex {
  private readonly rows = new Map<string, number[]>();
  private readonly next = new Map<string, number>();

  add(key: Key, value: string, row: number): void {
    const id = `${key}\u0000${value}`;
    const rows = this.rows.get(id);
    if (!rows) this.rows.set(id, [row]);
    else if (rows.at(-1) !== row) rows.push(row);
  }

  /** The first row with the key that `taken` does not hold. */
  free(key: Key, value: string, taken: ReadonlySet<number>): number | undefined {
    const id = `${key}\u0000${value}`;
    const rows = this.rows.get(id) ?? [];
    let at = this.next.get(id) ?? 0;
    while (at < rows.length && taken.has(rows[at] as number)) at++;
    this.next.set(id, at);
    return rows[at];
  }
}

/**
 * Finds each failed row of the log in the original: by its row number when the log has one and
 * the row agrees (one of the contact's values the log carries is on it, or it carries none), else
 * by Contact ID, email, phone, then name. A row of the original answers one log row at most.
 * Linear: every lookup is a map's.
 */
export function matchRows(log: ErrorLog, original: OriginalRows, phone: PhoneJudge): Matching {
  const keyOf = keyMaker(phone);
  const keysOf = originalKeys(original, keyOf);
  const index = new RowIndex();
  const first = original.firstRowNumber;
  const last = first + original.rows.length - 1;
  for (let row = first; row <= last; row++) {
    for (const [key, value] of keysOf(row)) index.add(key, value, row);
  }
  const logged = log.rows.map((row) => ({ row, keys: logKeys(row, keyOf) }));
  const agrees = (row: number, keys: Map<Key, string>) =>
    row >= first &&
    row <= last &&
    (keys.size === 0 || keysOf(row).some(([key, value]) => keys.get(key) === value));
  // A log may count rows from the header (row 2 is the first contact) or from the first contact:
  // the count whose rows agree with more of the contacts the log carries.
  const agreeing = (shift: number) =>
    logged.filter(
      ({ row, keys }) => row.row !== null && keys.size > 0 && agrees(row.row + shift, keys),
    ).length;
  const offset = agreeing(1) > agreeing(0) ? 1 : 0;
  const taken = new Set<number>();
  const matches: Match[] = [];
  const unmatched: number[] = [];
  for (const { row: logRow, keys } of logged) {
    const numbered = logRow.row === null ? null : logRow.row + offset;
    let found: { row: number; by: MatchedBy } | undefined;
    if (numbered !== null && !taken.has(numbered) && agrees(numbered, keys)) {
      found = { row: numbered, by: 'row' };
    }
    for (const key of KEYS) {
      const value = keys.get(key);
      const row = found || value === undefined ? undefined : index.free(key, value, taken);
      if (row !== undefined) found = { row, by: key };
    }
    if (found) {
      taken.add(found.row);
      matches.push({ line: logRow.line, ...found });
    } else unmatched.push(logRow.line);
  }
  return { matches, unmatched };
}
