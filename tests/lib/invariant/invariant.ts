import Papa from 'papaparse';
import type { CheckOptions, CheckResult } from '../../../lib/engine';
import { decode } from '../../../lib/read/decode';
import { parseSettings, type Settings, type SettingsInput } from '../../../lib/settings';
import type { Issue } from '../../../lib/types';
import { judgeEmail } from '../../../lib/values/email';
import { runsAsFormula } from '../../../lib/values/formula';
import { createPhoneJudge } from '../../../lib/values/phone';
import { check, phoneMetadata, rejectedText } from '../../helpers';
import { partTexts } from '../../../lib/write';

/**
 * "Nothing lost, ever": every value of the input is in the cleaned file, in the rejected file, or
 * named by a change or an issue; and the cleaned file (and each part), checked again with the same
 * settings, has no row HighLevel would skip and no field it would drop, but for the values the
 * user kept as written by turning a kind of fix off (each named by its finding).
 */
export interface Breach {
  kind: 'lost' | 'recheck';
  detail: string;
}

/** How several values share one cell in the files we meet (PF07's separators and more). */
const PIECE_SEPARATOR = /\s*(?:;|,|\||\/| ::: |\n)\s*/;

/** PF07's reasons for a cell split into pieces: the issue names the cell, not each piece. */
const SPLIT_REASONS = new Set(['email-cell', 'phone-cell']);

const ADDITIONAL_HEADER = /^Additional (?:Emails|Phones)/;

function cellsOf(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

/** The writer neutralises a formula with an apostrophe (lib/values/formula.ts): `'X` keeps X. */
function unneutralised(cell: string): string {
  return cell.startsWith("'") && runsAsFormula(cell.slice(1)) ? cell.slice(1) : cell;
}

function outputValues(result: CheckResult): Set<string> {
  const found = new Set<string>();
  for (const text of [result.cleaned, rejectedText(result), ...partTexts(result)]) {
    if (!text) continue;
    const rows = cellsOf(text);
    // HighLevel's Additional Emails / Additional Phones hold several values, comma-separated.
    const lists = new Set(
      (rows[0] ?? []).flatMap((name, c) => (ADDITIONAL_HEADER.test(name) ? [c] : [])),
    );
    for (const row of rows) {
      row.forEach((written, c) => {
        const cell = unneutralised(written);
        found.add(written.trim()).add(cell.trim());
        // An email kept once, in one case, keeps its repeats in another case (PF07, 1011).
        if (cell.includes('@')) found.add(cell.trim().toLowerCase());
        if (lists.has(c)) for (const piece of cell.split(',')) found.add(piece.trim());
      });
    }
  }
  return found;
}

/** The file's records as the engine reads them: decoded, with its delimiter. */
function inputRecords(bytes: Uint8Array, result: CheckResult): string[][] {
  const { text } = decode(bytes);
  const delimiter = result.report.file.delimiter ?? ',';
  // One newline for the whole text, as found: a mixed file's "\r" is trimmed off its values.
  const newline = text.includes('\n') ? '\n' : '\r';
  return Papa.parse<string[]>(text, { delimiter, newline }).data;
}

/** A column the report says the cleaned file leaves out: an issue about it with no row and no fix. */
function droppedColumnNames(issues: readonly Issue[]): Set<string> {
  const names = new Set<string>();
  for (const issue of issues) {
    if (issue.row === null && issue.column !== null && issue.fix === '') names.add(issue.column);
  }
  return names;
}

export function lostValues(bytes: Uint8Array, settings: Settings, result: CheckResult): Breach[] {
  if (result.cleaned === null) return [];
  const out = outputValues(result);
  const { issues, changes } = result.report;
  // An issue names its value, and a column-level issue its column's name.
  const named = new Set(issues.flatMap((i) => [(i.value ?? '').trim(), (i.column ?? '').trim()]));
  // A value an issue names whole, other than a split's (which says where each piece went).
  const namedWhole = new Set(
    issues.filter((i) => !SPLIT_REASONS.has(i.reason)).map((i) => (i.value ?? '').trim()),
  );
  // A merge's change names the value a later row's value replaced, whichever row it came from.
  for (const change of changes) {
    if (change.code === '1011' || change.code === '1012') named.add(change.before.trim());
  }
  // A row left out above the header is named whole: its cells, listed with commas.
  for (const issue of issues) {
    if (issue.reason !== 'rows-above-header') continue;
    for (const cell of (issue.value ?? '').split(', ')) named.add(cell.trim());
  }
  // Keyed by cell: the same text fixed in another cell says nothing about this one.
  const changeKey = (cell: string, value: string) => `${cell}\u0000${value}`;
  const changed = new Map<string, { code: string; after: string }[]>();
  for (const change of changes) {
    const key = changeKey(`${change.row}\u0000${change.column}`, change.before.trim());
    const list = changed.get(key) ?? [];
    list.push({ code: change.code, after: change.after.trim() });
    changed.set(key, list);
  }
  const phone = createPhoneJudge(settings.country, phoneMetadata);
  const normalised = (piece: string): string[] => {
    const forms = [piece, piece.toLowerCase()];
    const verdict = phone.judge(piece);
    if (verdict.status === 'valid') forms.push(verdict.e164);
    const email = judgeEmail(piece);
    if (email.status === 'repaired') forms.push(email.fixed, email.fixed.toLowerCase());
    return forms;
  };
  const pieceKept = (piece: string) =>
    named.has(piece) || normalised(piece).some((form) => out.has(form));
  /** A changed value is kept when what it became is kept (or blanked on purpose, with a change). */
  const kept = (value: string, cell: string, depth = 0): boolean => {
    // A repeat of a value the row keeps (a second column's copy of the phone) is kept in its form.
    if (namedWhole.has(value) || normalised(value).some((form) => out.has(form))) return true;
    const fixes = changed.get(changeKey(cell, value));
    if (fixes && depth < 8) {
      const followed = fixes.every((fix) => {
        if (fix.code === 'PF07') {
          // A split: each value of the cell must arrive somewhere, not just the one kept here.
          return (
            value
              .split(PIECE_SEPARATOR)
              .filter((p) => p !== '')
              .every((p) => p === fix.after || pieceKept(p) || kept(p, cell, depth + 1)) &&
            (fix.after === '' ||
              kept(fix.after, cell, depth + 1) ||
              // An Additional column's list, merged into another row: each of its values.
              fix.after.split(',').every((p) => pieceKept(p.trim())))
          );
        }
        return fix.after === '' || kept(fix.after, cell, depth + 1);
      });
      if (followed) return true;
      // The issue of a split names the whole cell, not each value it held: that is no account.
      if (fixes.some((fix) => fix.code === 'PF07')) return false;
    }
    return named.has(value);
  };
  const records = inputRecords(bytes, result);
  const headerIndex = result.firstRowNumber - 2;
  const columns = result.report.file.columns;
  const dropped = droppedColumnNames(issues);
  // The name of a column that holds no value is no data: leaving it out loses nothing.
  const holdsData = new Set<number>();
  for (const record of records.slice(headerIndex + 1)) {
    record.forEach((cell, c) => cell.trim() !== '' && holdsData.add(c));
  }
  const breaches: Breach[] = [];
  records.forEach((record, r) => {
    record.forEach((cell, c) => {
      const value = cell.trim();
      if (value === '' || kept(value, `${r + 1}\u0000${columns[c] ?? ''}`)) return;
      if (r === headerIndex && !holdsData.has(c)) return;
      const column = columns[c];
      if (r > headerIndex && column !== undefined && dropped.has(column)) return;
      breaches.push({
        kind: 'lost',
        detail: `row ${r + 1}, column ${c + 1}: ${JSON.stringify(value)}`,
      });
    });
  });
  return breaches;
}

const WORSE_THAN_A_NOTICE = new Set(['row-skipped', 'field-dropped']);

/**
 * What a re-check of the cleaned file (or a part) may still find: the original's unfixable
 * blocks, and the values the user chose to keep as written (a kind of fix turned off).
 */
function recheckBreaches(label: string, result: CheckResult, allowed: Set<string>): Breach[] {
  return result.report.issues
    .filter((i) => i.params?.declined === undefined)
    .filter(
      (i) =>
        WORSE_THAN_A_NOTICE.has(i.class) || (i.class === 'file-blocked' && !allowed.has(i.code)),
    )
    .map((i) => ({
      kind: 'recheck' as const,
      detail: `${label}: ${i.code}/${i.reason} row ${i.row ?? '-'} ${i.column ?? ''} ${JSON.stringify(i.value)}`,
    }));
}

export function recheck(settings: Settings, result: CheckResult): Breach[] {
  if (result.cleaned === null) return [];
  // A file HighLevel cannot take at all stays so: the re-check may find the same block again.
  const allowed = new Set(
    result.report.issues
      .filter((i) => i.class === 'file-blocked' && i.fix === null)
      .map((i) => i.code),
  );
  const again = (text: string) => check(text, settings);
  const cleanedAllowed = new Set(allowed);
  if (result.partSpans.ends.length > 0) cleanedAllowed.add('PF01'); // the parts are what gets imported
  return [
    ...recheckBreaches('cleaned', again(result.cleaned), cleanedAllowed),
    ...partTexts(result).flatMap((part, i) =>
      recheckBreaches(`part ${i + 1}`, again(part), allowed),
    ),
  ];
}

/** Both halves of the invariant for one input. */
export function invariantBreaches(
  bytes: Uint8Array,
  settings: Settings,
  result: CheckResult,
): Breach[] {
  return [...lostValues(bytes, settings, result), ...recheck(settings, result)];
}

/** Checks the input with the settings and returns the result with its breaches of the invariant. */
export function checkWithInvariant(
  input: string | Uint8Array,
  settingsInput: SettingsInput = {},
  options: CheckOptions = {},
): { result: CheckResult; breaches: Breach[] } {
  const parsed = parseSettings(settingsInput);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const result = check(bytes, parsed.settings, options);
  return { result, breaches: invariantBreaches(bytes, parsed.settings, result) };
}
