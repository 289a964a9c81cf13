import { DECLINED_MESSAGES, FIX_KINDS, type FixKind } from './fixes';
import { codeEntry, type Code, type ListStyle, type ReasonOf } from './highlevel/codes';
import { PLACEHOLDER } from './regexes';
import type { Issue, IssueParams } from './types';

export interface IssueDetails {
  row?: number | null;
  column?: string | null;
  value?: string | null;
  fix?: string | null;
  /** Fills the reason's other `{placeholders}`; a phrase key where the code has a phrase table. */
  params?: IssueParams;
  /** The kind of the fix, when the user turned it off: the issue then has no fix, and says why. */
  declined?: FixKind;
}

/** The most a message quotes of one value, fix, column name or list item. */
export const DISPLAY_LIMIT = 80;
/** The most a message quotes of one other parameter or list, which may join several names. */
export const PARAM_LIMIT = 200;

/** Text is shortened in messages only; the issue and the cleaned file keep what the file holds. */
export function shorten(text: string, limit = DISPLAY_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Builds an issue: data only, its class from the codes table (a reason may override it). */
export function makeIssue<C extends Code>(
  code: C,
  reason: ReasonOf<C>,
  details: IssueDetails,
): Issue {
  const entry = codeEntry(code);
  const template = entry?.reasons[reason];
  if (!entry?.class || !template) throw new Error(`No reason ${code}/${reason}`);
  const issue: Issue = {
    code,
    reason,
    class: template.class ?? entry.class,
    row: details.row ?? null,
    column: details.column ?? null,
    value: details.value ?? null,
    fix: details.declined ? null : (details.fix ?? null),
  };
  if (details.params) issue.params = details.params;
  if (details.declined) issue.params = { ...details.params, declined: details.declined };
  return issue;
}

/**
 * "4, 9 and 12", "a or b", or a plain list "a, b"; `other-rows` leaves the issue's own row out.
 * Shortened, and read only as far as it is shown: each row of a group of N duplicates lists the
 * other N - 1, so reading them all would make describing the group cost N².
 */
function list(items: readonly string[], style: ListStyle | undefined, issue: Issue): string {
  const own = style === 'other-rows' ? String(issue.row) : null;
  const shown: string[] = [];
  let length = 0;
  for (const item of items) {
    if (item === own) continue;
    // Items not yet shown only follow what is cut: the text up to the cut is known.
    if (length >= PARAM_LIMIT - 1) return shorten(`${shown.join(', ')}, …`, PARAM_LIMIT);
    const quoted = shorten(item);
    length += (shown.length > 0 ? 2 : 0) + quoted.length;
    shown.push(quoted);
  }
  if (!style || shown.length < 2) return shorten(shown.join(', '), PARAM_LIMIT);
  const last = shown.pop();
  return shorten(`${shown.join(', ')} ${style === 'or' ? 'or' : 'and'} ${last}`, PARAM_LIMIT);
}

/**
 * An issue as HighLevel's error log names it: its code, the code's name and its column
 * ("1008 Failed validation of Email (Email)"); the rejected file's reasons and the rows an error
 * log leaves to the user say why in these words.
 */
export function codeNameColumn({ code, column }: Pick<Issue, 'code' | 'column'>): string {
  return `${codeName(code)}${column ? ` (${shorten(column)})` : ''}`;
}

/** A code and its name from the codes table: "1008 Failed validation of Email". */
const codeName = (code: string) => `${code} ${codeEntry(code)?.name ?? ''}`;

/** The value the issue suggests for its cell (the codes table's `suggestion`), or null. */
export function suggestedValue(issue: Issue): string | null {
  const name = codeEntry(issue.code)?.suggestion;
  const value = name === undefined ? undefined : issue.params?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** An issue that keeps its row out of the cleaned file: HighLevel would skip it, and no fix helps. */
export function rejectsRow(issue: Issue): issue is Issue & { row: number } {
  return issue.class === 'row-skipped' && issue.fix === null && issue.row !== null;
}

function fill(template: string, lookup: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => lookup(name)).trimEnd();
}

/**
 * The issue in plain words: its reason's sentence from the codes table, with the values, the
 * parameters and the code's phrases (a parameter naming a phrase key gets the phrase, itself
 * filled from the same values). Each is shortened, so a message stays short whatever the cell
 * or header holds.
 */
export function describeIssue(issue: Issue): string {
  if (issue.text !== undefined) return issue.text;
  const entry = codeEntry(issue.code);
  const reason = entry?.reasons[issue.reason];
  const declined = issue.params?.declined;
  if (typeof declined === 'string' && declined in FIX_KINDS && !reason?.saysDeclined) {
    return describeDeclined(issue, declined as FixKind);
  }
  const template = reason?.message;
  if (!entry || template === undefined) return `${issue.code} (${issue.reason})`;
  const plain: Record<string, string> = {
    value: shorten(issue.value ?? ''),
    fix: shorten(issue.fix ?? ''),
    column: shorten(issue.column ?? ''),
  };
  for (const [name, param] of Object.entries(issue.params ?? {})) {
    // Counts read as people write them: "12,000 rows", not "12000 rows".
    if (typeof param === 'number') plain[name] = param.toLocaleString('en-US');
    else if (typeof param === 'string') plain[name] = shorten(param, PARAM_LIMIT);
    else plain[name] = list(param, entry.lists?.[name], issue);
  }
  const value = (name: string) => plain[name] ?? '';
  const phrase = (name: string, key: string) => {
    const text = entry.phrases?.[name]?.[key];
    return text === undefined ? '' : fill(text, value);
  };
  return fill(template, (name) => {
    const param = issue.params?.[name];
    if (!entry.phrases?.[name] || param === undefined) return value(name);
    const keys = Array.isArray(param) ? param : [String(param)];
    return keys.map((key) => phrase(name, key)).join(', ');
  });
}

/** A finding left as written because its kind of fix is turned off (DECLINED_MESSAGES). */
function describeDeclined(issue: Issue, kind: FixKind): string {
  const words: Record<string, string> = {
    name: codeName(issue.code),
    value: shorten(issue.value ?? ''),
    column: shorten(issue.column ?? ''),
    kind: FIX_KINDS[kind].label,
  };
  const template = issue.row === null ? DECLINED_MESSAGES.column : DECLINED_MESSAGES.cell;
  const effect = fill(DECLINED_MESSAGES.effects[issue.class], (name) => words[name] ?? '');
  return fill(template, (name) => (name === 'effect' ? effect : (words[name] ?? '')));
}
