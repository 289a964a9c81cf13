import Papa from 'papaparse';
import { decode } from './read/decode';
import { detectDialect, newlineOf } from './read/dialect';
import { sniff } from './read/sniff';
import { CUSTOM_FIELD_TYPES, customFieldType, hasOptions } from './highlevel/custom-field-types';
import { FILE_KINDS } from './highlevel/file-kinds';
import type { CustomField, User } from './settings';
import { judgeEmail } from './values/email';
import { foldForMatch, foldLabel } from './values/text';

/**
 * The account's users and custom fields as people have them: pasted from a spreadsheet or saved
 * as a CSV, with or without a header row. Never throws: whatever cannot be read becomes a
 * problem, one plain sentence per line, and the rows that could be read are kept.
 */

export interface TableResult<T> {
  rows: T[];
  problems: string[];
}

/** Options in one cell: separated by `|`, `;` or line breaks (commas belong to the options). */
export function splitFieldOptions(cell: string): string[] {
  const seen = new Set<string>();
  return cell
    .split(/[|;\r\n]/)
    .map((option) => option.trim())
    .filter((option) => {
      const key = foldForMatch(option);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The key two entries of a list must not share: a user's email (a settings file may have users
 * without one: then the name), a field's name.
 */
export const userKey = (user: User) => user.email.toLowerCase() || foldForMatch(user.name);
export const fieldKey = (field: CustomField) => foldForMatch(field.name);

/** What is wrong with one user, or null; the table edited by hand says the same. */
export function userProblem(user: User): string | null {
  // Both, as HighLevel has both for every user: an Owner cell may give either.
  if (!user.name) return 'a user needs a name, as First Last';
  if (!user.email) return 'a user needs an email';
  if (judgeEmail(user.email).status !== 'valid') return `"${user.email}" is not an email address`;
  return null;
}

export function fieldProblem(field: CustomField): string | null {
  if (!field.name) return 'a custom field needs a name';
  if (hasOptions(field.type) && field.options.length === 0) {
    return `${field.name} is a ${CUSTOM_FIELD_TYPES[field.type].label} field: list its options, or every value is flagged`;
  }
  return null;
}

/**
 * Adds rows to a list: a row whose key is already there replaces that entry in place (a newer
 * export of the same users), the others go at the end.
 */
export function mergeRows<T>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (row: T) => string,
): { rows: T[]; added: number; updated: number } {
  const rows = [...existing];
  // Where each key is, the first row holding it: one lookup per row, not a scan (20,000 pasted
  // users took 20 s).
  const positions = new Map<string, number>();
  rows.forEach((row, at) => {
    const rowKey = key(row);
    if (!positions.has(rowKey)) positions.set(rowKey, at);
  });
  let added = 0;
  let updated = 0;
  for (const row of incoming) {
    const rowKey = key(row);
    const at = positions.get(rowKey);
    if (at === undefined) {
      positions.set(rowKey, rows.push(row) - 1);
      added++;
    } else {
      rows[at] = row;
      updated++;
    }
  }
  return { rows, added, updated };
}

/** A CSV file's bytes as text, or why they are not a table. */
export function tableText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: string } {
  const kind = sniff(bytes);
  if (kind.kind === 'empty') return { ok: false, problem: 'The file is empty.' };
  if (kind.kind === 'workbook') {
    return { ok: false, problem: 'This is a spreadsheet workbook: save it as CSV first.' };
  }
  if (kind.kind === 'other')
    return { ok: false, problem: `This is ${FILE_KINDS[kind.format].label}, not a CSV file.` };
  if (kind.kind === 'binary')
    return { ok: false, problem: 'This file is not text: pick a CSV file.' };
  return { ok: true, text: decode(bytes).text };
}

interface Line {
  /** Where the row starts in the text (1-based); a quoted cell may span several lines. */
  line: number;
  cells: string[];
  error: string | null;
}

const LINE_BREAK = /\r\n|\n|\r/g;
const LINE_END = /(?:\r\n|\n|\r)$/;
const countBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/**
 * Cells copied from a spreadsheet are pasted tab-separated and unquoted, commas and all
 * ("Lopez, Mia"): a tab in the first line settles it. Otherwise the delimiter a CSV file has.
 */
function delimiterOf(text: string, dialect: string): string {
  const first = text.split(LINE_BREAK).find((line) => line.trim() !== '') ?? '';
  return first.includes('\t') ? '\t' : dialect;
}

function readLines(text: string): { lines: Line[]; problem: string | null } {
  const kind = sniff(new TextEncoder().encode(text));
  if (kind.kind === 'empty') {
    return { lines: [], problem: 'There is nothing to read: the text is empty.' };
  }
  if (kind.kind !== 'text') {
    return {
      lines: [],
      problem: 'This is not text from a spreadsheet: paste the cells or pick a CSV file.',
    };
  }
  const dialect = detectDialect(text.replace(/^\uFEFF/, ''));
  const body = dialect.text;
  const lines: Line[] = [];
  let read = 0;
  let breaks = 0;
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body, dialect.delimiter),
    newline: newlineOf(dialect.lineEnding),
    skipEmptyLines: 'greedy',
    step: ({ data, errors, meta }) => {
      // Counted from the row's end (rows of empty cells before it are skipped, not reported):
      // its last line, less the line breaks inside its quoted cells.
      const upTo = body.slice(read, meta.cursor);
      breaks += countBreaks(upTo);
      read = meta.cursor;
      const quote = errors.find((error) => error.type === 'Quotes');
      // An unclosed quote swallows the text's last line break into its cell.
      const swallowed = quote !== undefined && LINE_END.test(data.at(-1) ?? '');
      const last = LINE_END.test(upTo) && !swallowed ? breaks : breaks + 1;
      lines.push({
        line: last - countBreaks(data.join('')),
        cells: data.map((cell) => cell.trim()),
        error: quote ? 'a quote is not closed, so the rest of the text was read as one cell' : null,
      });
    },
  });
  return { lines, problem: null };
}

/** Which column holds what, from a header row. */
type Columns<K extends string> = Partial<Record<K, number>>;

function headerColumns<K extends string>(
  cells: string[],
  names: Record<K, readonly string[]>,
): Columns<K> {
  const columns: Columns<K> = {};
  cells.forEach((cell, index) => {
    const label = foldLabel(cell);
    for (const [key, labels] of Object.entries(names) as [K, readonly string[]][]) {
      if (columns[key] === undefined && labels.includes(label)) columns[key] = index;
    }
  });
  return columns;
}

const USER_HEADERS = {
  name: ['name', 'full name', 'user', 'user name', 'display name'],
  first: ['first name', 'first', 'firstname', 'given name'],
  last: ['last name', 'last', 'lastname', 'surname', 'family name'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'user email'],
} as const;

const FIELD_HEADERS = {
  name: ['name', 'field name', 'field', 'custom field', 'label', 'field label'],
  type: ['type', 'data type', 'field type'],
  options: ['options', 'option', 'values', 'choices', 'picklist values', 'allowed values'],
} as const;

/** Reads rows, keeps the first of two sharing a key, and names each problem by its line. */
function readTable<T>(
  text: string,
  isHeader: (cells: string[]) => boolean,
  toRow: (cells: string[], header: string[] | null) => { row: T } | { problem: string },
  problemOf: (row: T) => string | null,
  key: (row: T) => string,
): TableResult<T> {
  const { lines, problem } = readLines(text);
  if (problem) return { rows: [], problems: [problem] };
  const [first] = lines;
  const header = first && !first.error && isHeader(first.cells) ? first.cells : null;
  const rows: T[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells, error } of header ? lines.slice(1) : lines) {
    const read = error ? { problem: error } : toRow(cells, header);
    const why = 'problem' in read ? read.problem : problemOf(read.row);
    if ('row' in read && why === null) {
      const earlier = seen.get(key(read.row));
      if (earlier === undefined) {
        seen.set(key(read.row), line);
        rows.push(read.row);
      } else problems.push(`Line ${line}: the same as line ${earlier}, left out.`);
    } else problems.push(`Line ${line}: ${why}.`);
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push('There is nothing to read below the header row.');
  }
  return { rows, problems };
}

const cell = (cells: string[], index: number | undefined) =>
  index === undefined ? '' : (cells[index] ?? '');

export function parseUsersTable(text: string): TableResult<User> {
  return readTable<User>(
    text,
    (cells) =>
      !cells.some((c) => c.includes('@')) &&
      Object.keys(headerColumns(cells, USER_HEADERS)).length > 0,
    (cells, header) => {
      if (header) {
        const at = headerColumns(header, USER_HEADERS);
        const full = cell(cells, at.name);
        const parts = [cell(cells, at.first), cell(cells, at.last)].filter(Boolean).join(' ');
        return { row: { name: full || parts, email: cell(cells, at.email) } };
      }
      // No header: the cell with an @ is the email, the others make the name ("First", "Last").
      const email = cells.find((c) => c.includes('@')) ?? '';
      const name = cells.filter((c) => c && c !== email).join(' ');
      return { row: { name, email } };
    },
    userProblem,
    userKey,
  );
}

export function parseFieldsTable(text: string): TableResult<CustomField> {
  return readTable<CustomField>(
    text,
    (cells) =>
      !cells.some((c) => customFieldType(c) !== null) &&
      Object.keys(headerColumns(cells, FIELD_HEADERS)).length > 0,
    (cells, header) => {
      const at = header ? headerColumns(header, FIELD_HEADERS) : { name: 0, type: 1, options: 2 };
      const label = cell(cells, at.type);
      const type = label ? customFieldType(label) : 'text';
      if (!type) {
        return {
          problem: `"${label}" is not a custom field type (use ${Object.values(CUSTOM_FIELD_TYPES)
            .map((type) => type.label)
            .join(', ')})`,
        };
      }
      // Without a header, every cell after the type is an option ("Stage, Dropdown, Lead, Won").
      const optionCells = header ? [cell(cells, at.options)] : cells.slice(2);
      const options = hasOptions(type) ? splitFieldOptions(optionCells.join('|')) : [];
      return { row: { name: cell(cells, at.name), type, options } };
    },
    fieldProblem,
    fieldKey,
  );
}
