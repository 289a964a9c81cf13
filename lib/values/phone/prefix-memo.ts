import { getCountryCallingCode, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { remember } from '../memo';
import { ALL_DIGITS } from './metadata-patterns';
import {
  LEVELS,
  planFor,
  type Cells,
  type Group,
  type Plan,
  type Probe,
  type Reading,
} from './numbering-plans';

/**
 * The phone judge's exact fast path: a valid number's E.164 is remembered under "prefix + what the
 * last K digits look like to the metadata patterns", a key many different numbers share, and
 * answers every later number with that key without asking libphonenumber.
 *
 * Deciding whether a prefix is cacheable. A value's digits s split into head (all but the last K)
 * and tail. Every pattern libphonenumber applies is probed on head + K wildcards:
 * - prefix patterns (IDD, national prefix, leading digits) must give the same answer for every
 *   tail: no match, or a first match inside the head (earlier alternatives failed on wildcards,
 *   so they fail on real digits too);
 * - whole-match alternatives that can still match must have a fixed tail; the digits of the tail
 *   then matter only through which of those atoms accept them: their "cells".
 * Two numbers with the same head and cells then take the same path through libphonenumber, whose
 * E.164 is '+' + calling code + national number, so it ends with the tail (checked on insertion).
 */

/** A value reduced to what libphonenumber reads: an optional '+' and the digits. */
export interface Dialled {
  plus: boolean;
  digits: string;
}

/** A number's key in a memo, at the level (the tail's length) it was found at. */
export interface PrefixKey {
  level: number;
  key: string;
}

const WILDCARDS = LEVELS.map((k) => '?'.repeat(k));

const NONE = -1;
const UNDECIDED = -2;

/** Head characters from `from` on, then the wildcards. */
interface Window {
  text: string;
  /** Length of the head part. */
  head: number;
  /** The first character's digit; 10 for a wildcard. */
  digit: number;
}

function windowAt(s: string, from: number, end: number, level: number): Window {
  const digit = from < end ? s.charCodeAt(from) - 48 : 10;
  return { text: s.slice(from, end) + WILDCARDS[level], head: end - from, digit };
}

/** Length of the pattern's first match at s[from], NONE, or UNDECIDED (tail-dependent). */
function probe(pattern: Probe | null, s: string, from: number, end: number, level: number): number {
  if (!pattern) return NONE;
  const digit = from < end ? s.charCodeAt(from) - 48 : 10;
  if (pattern.first !== null && digit < 10 && !(pattern.first & (1 << digit))) return NONE;
  return probeWindow(pattern, windowAt(s, from, end, level));
}

function probeWindow(pattern: Probe, window: Window): number {
  const match = pattern.wild.exec(window.text);
  if (!match) return NONE;
  return match[0].length <= window.head ? match[0].length : UNDECIDED;
}

/** Where national numbers may start in s, or null when that depends on the tail. */
function nationalStarts(
  plan: Plan,
  s: string,
  end: number,
  level: number,
  plus: boolean,
): number[] | null {
  const starts: number[] = [];
  const strip = (from: number): boolean => {
    starts.push(from);
    const length = probe(plan.strip, s, from, end, level);
    if (length === UNDECIDED || (length !== NONE && plan.transforms)) return false;
    if (length !== NONE && length > 0) starts.push(from + length);
    return true;
  };
  const code = plan.callingCode;
  if (plus) return strip(code.length) ? starts : null;
  if (probe(plan.idd, s, 0, end, level) !== NONE || code.length > end) return null;
  if (!strip(0)) return null;
  if (s.startsWith(code) && !strip(code.length)) return null;
  return starts;
}

function decide(plan: Plan, s: string, end: number, level: number, plus: boolean): Cells | null {
  const starts = nationalStarts(plan, s, end, level, plus);
  if (!starts) return null;
  const readings: Reading[] = [];
  for (const from of starts) {
    const reading = readWindow(plan.group, windowAt(s, from, end, level), level);
    if (!reading) return null;
    readings.push(reading);
  }
  if (readings.length === 1) return (readings[0] as Reading).cells;
  return cellsOf(readings.map((reading) => reading.atoms));
}

/** What the window's tail can be, from the alternatives that can still match it (memoised). */
function readWindow(group: Group, window: Window, level: number): Reading | null {
  const memo = group.windows[level] as Map<string, Reading | null>;
  let reading = memo.get(window.text);
  if (reading === undefined) {
    const atoms = aliveAtoms(group, window, level);
    reading = atoms && { atoms, cells: cellsOf([atoms]) };
    remember(memo, window.text, reading);
  }
  return reading;
}

function aliveAtoms(group: Group, window: Window, level: number): number[][] | null {
  for (const lead of group.leading) {
    if (lead.first !== null && window.digit < 10 && !(lead.first & (1 << window.digit))) continue;
    if (probeWindow(lead, window) === UNDECIDED) return null;
  }
  const k = LEVELS[level] as number;
  const atoms: number[][] = Array.from({ length: k }, () => []);
  for (const alternative of group.alternatives[window.digit] ?? []) {
    const tail = alternative.tails[level];
    if (tail === 'short' || !alternative.wild.test(window.text)) continue;
    if (!tail) return null;
    for (let j = 0; j < k; j++) atoms[k - 1 - j]?.push(...(tail[j] as number[]));
  }
  return atoms;
}

function cellsOf(readings: number[][][]): Cells {
  const k = readings[0]?.length ?? 0;
  return Array.from({ length: k }, (_, i) =>
    cellLetters(readings.flatMap((atoms) => atoms[i] ?? [])),
  );
}

/** The partition of the digits that the masks induce: a cell letter per digit ('' for one cell). */
function cellLetters(masks: readonly number[]): string {
  const cells = [ALL_DIGITS];
  for (const mask of masks) {
    for (let i = 0, count = cells.length; i < count; i++) {
      const cell = cells[i] as number;
      const inside = cell & mask;
      if (inside === 0 || inside === cell) continue;
      cells[i] = inside;
      cells.push(cell & ~mask);
    }
  }
  if (cells.length === 1) return '';
  let letters = '';
  for (let d = 0; d <= 9; d++) {
    letters += String.fromCharCode(97 + cells.findIndex((cell) => cell & (1 << d)));
  }
  return letters;
}

/**
 * One judge's memo, by prefix key: per level, a valid number's E.164 without its tail, and a note
 * on an invalid number. Numbers with the same key take the same path through libphonenumber, so
 * they are all valid or all invalid, for the same reasons.
 */
export class PrefixMemo {
  private readonly callingCode: string;
  private readonly decisions = LEVELS.map(() => new Map<string, Cells | null>());
  /** Per level: key → the E.164 without its last K digits. */
  private readonly heads = LEVELS.map(() => new Map<string, string>());
  /** Per level: key → the note an invalid number with that key was learnt with. */
  private readonly invalid = LEVELS.map(() => new Map<string, string>());

  constructor(
    private readonly country: CountryCode,
    private readonly metadata: MetadataJson,
  ) {
    this.callingCode = getCountryCallingCode(country, metadata);
  }

  /**
   * Where a number's verdict is remembered: the key at the first level where it cannot depend on
   * the number's tail; null when there is none. Worked out once a number, then handed to the
   * calls below (each had worked it out again).
   */
  keyOf(dialled: Dialled): PrefixKey | null {
    for (let level = 0; level < LEVELS.length; level++) {
      const key = this.keyAt(dialled, level);
      if (key !== null) return { level, key };
    }
    return null;
  }

  /** The E.164 of a number known valid by its key, or null: then ask libphonenumber. */
  recall(at: PrefixKey | null, digits: string): string | null {
    const head = at && this.heads[at.level]?.get(at.key);
    if (!at || head === undefined) return null;
    return head + digits.slice(-(LEVELS[at.level] as number));
  }

  /** Remembers a valid number's E.164 under its key; false when it has none (remember it whole). */
  learn(at: PrefixKey | null, digits: string, e164: string): boolean {
    if (!at) return false;
    const k = LEVELS[at.level] as number;
    if (!e164.endsWith(digits.slice(-k))) return false;
    remember(this.heads[at.level] as Map<string, string>, at.key, e164.slice(0, -k));
    return true;
  }

  /** The note of a number known invalid by its key, or null: then ask libphonenumber. */
  recallInvalid(at: PrefixKey | null): string | null {
    return (at && this.invalid[at.level]?.get(at.key)) ?? null;
  }

  /** Remembers that numbers with this key are invalid, with a note true of all of them. */
  learnInvalid(at: PrefixKey | null, note: string): void {
    if (at) remember(this.invalid[at.level] as Map<string, string>, at.key, note);
  }

  /** The memo key at this level, or null when this number's verdict there may depend on its tail. */
  private keyAt({ plus, digits }: Dialled, level: number): string | null {
    const end = digits.length - (LEVELS[level] as number);
    if (end < 1) return null;
    const head = (plus ? '+' : '') + digits.slice(0, end);
    const decisions = this.decisions[level] as Map<string, Cells | null>;
    let cells = decisions.get(head);
    if (cells === undefined) {
      cells = this.decide(plus, digits, end, level);
      remember(decisions, head, cells);
    }
    if (!cells) return null;
    let key = head;
    for (let i = 0; i < cells.length; i++) {
      const letters = cells[i];
      if (letters) key += letters[digits.charCodeAt(end + i) - 48];
    }
    return key;
  }

  private decide(plus: boolean, digits: string, end: number, level: number): Cells | null {
    const callingCode = plus ? this.callingCodeOf(digits, end) : this.callingCode;
    if (!callingCode) return null;
    const plan = planFor(this.metadata, callingCode, plus ? null : this.country);
    return plan && decide(plan, digits, end, level, plus);
  }

  /** libphonenumber tries 1 to 3 leading digits as a calling code; all must lie in the head. */
  private callingCodeOf(digits: string, end: number): string | null {
    for (let length = 1; length <= 3 && length <= end; length++) {
      const code = digits.slice(0, length);
      if (this.metadata.country_calling_codes[code]) return code;
    }
    return null;
  }
}
