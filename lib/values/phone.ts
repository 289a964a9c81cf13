import {
  Metadata,
  getCountryCallingCode,
  isSupportedCountry as hasMetadataFor,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import {
  LETTER,
  METADATA_PATTERN_TOKEN,
  MULTI_PHONE_SEPARATOR,
  NON_DIGITS,
  PHONE_CHARACTERS,
  PHONE_EXTENSION,
  PLAIN_PHONE,
  SCIENTIFIC_NUMBER,
  UNICODE_DASHES,
} from '../regexes';

/**
 * Phone judgement with libphonenumber-js, plus an exact fast path: libphonenumber costs ~10 µs a
 * number, too slow for large files. Its verdict for a number rarely depends on the last digits in
 * detail, so verdicts are remembered per "prefix + what the last K digits look like to the
 * metadata patterns" (see `decide`), a key many different numbers share.
 */

export type PhoneVerdict =
  | { status: 'empty' }
  | { status: 'valid'; e164: string }
  | { status: 'other-country'; suggestion: string }
  | { status: 'scientific' }
  | {
      status: 'invalid';
      reason: 'letters' | 'too-short' | 'too-long' | 'extension' | 'not-a-number';
    };

export interface PhoneJudge {
  country: string;
  judge(value: string): PhoneVerdict;
}

type InvalidReason = Extract<PhoneVerdict, { status: 'invalid' }>['reason'];

const EMPTY: PhoneVerdict = { status: 'empty' };
const SCIENTIFIC: PhoneVerdict = { status: 'scientific' };
const invalid = (reason: InvalidReason): PhoneVerdict => ({ status: 'invalid', reason });

/** Memos are dropped when they reach this size, so a huge file cannot exhaust memory. */
const MEMO_LIMIT = 200_000;

/** A value reduced to what libphonenumber reads: an optional '+' and the digits. */
interface Dialled {
  plus: boolean;
  digits: string;
}

export function isSupportedCountry(country: string, metadata: MetadataJson): boolean {
  return hasMetadataFor(country as CountryCode, metadata);
}

export function createPhoneJudge(country: string, metadata: MetadataJson): PhoneJudge {
  if (!isSupportedCountry(country, metadata)) {
    throw new Error(
      `Cannot check phone numbers for country "${country}": libphonenumber-js has no metadata for it (use a two-letter code such as US).`,
    );
  }
  return new Judge(country as CountryCode, metadata);
}

/** PF07: the numbers in a cell that holds several; a single number comes back as `[value]`. */
export function splitPhones(value: string): string[] {
  // Nearly every cell holds one number: test before splitting, which allocates three arrays.
  if (!MULTI_PHONE_SEPARATOR.test(value)) return [value];
  const pieces = value
    .split(MULTI_PHONE_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece.replace(NON_DIGITS, '').length >= 7);
  return pieces.length >= 2 ? pieces : [value];
}

/** Cheap rejections, then the '+' and digits libphonenumber would read. */
function dial(value: string): Dialled | PhoneVerdict {
  const text = value.trim().replace(UNICODE_DASHES, '-');
  if (!text) return EMPTY;
  if (!PLAIN_PHONE.test(text)) {
    if (SCIENTIFIC_NUMBER.test(text)) return SCIENTIFIC;
    if (hasExtension(text)) return invalid('extension');
    if (LETTER.test(text)) return invalid('letters');
    if (!PHONE_CHARACTERS.test(text)) return invalid('not-a-number');
  }
  const digits = text.replace(NON_DIGITS, '');
  if (!digits) return invalid('not-a-number');
  // "00" is the international prefix in most countries: read it as '+'.
  if (text.startsWith('00')) return { plus: true, digits: digits.slice(2) };
  return { plus: text.startsWith('+'), digits };
}

function hasExtension(text: string): boolean {
  const match = PHONE_EXTENSION.exec(text);
  if (!match) return false;
  const number = text.slice(0, match.index);
  return number.replace(NON_DIGITS, '') !== '' && !LETTER.test(number);
}

/** The slow path: plain libphonenumber, then the digits read as an international number. */
function consult(dialled: Dialled, country: CountryCode, metadata: MetadataJson): PhoneVerdict {
  const text = (dialled.plus ? '+' : '') + dialled.digits;
  const own = parsePhoneNumberFromString(text, country, metadata);
  if (own?.isValid()) return { status: 'valid', e164: own.number };
  const abroad = dialled.plus
    ? undefined
    : parsePhoneNumberFromString('+' + dialled.digits, metadata);
  if (abroad?.isValid()) return { status: 'other-country', suggestion: abroad.number };
  const length = validatePhoneNumberLength(text, country, metadata);
  if (length === 'TOO_SHORT') return invalid('too-short');
  return invalid(length === 'TOO_LONG' ? 'too-long' : 'not-a-number');
}

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/* ---------------------------------------------------------------------------------------------
 * Metadata patterns as trees. libphonenumber-js decides validity only by matching these patterns
 * (and by lengths), so what they can test in the last K characters bounds what the verdict can
 * depend on there.
 * ------------------------------------------------------------------------------------------- */

/** Alternatives of sequences; an item is an atom (a bitmask of the digits it accepts) or a group. */
type Alternation = Sequence[];
type Sequence = Item[];
interface Item {
  node: number | Alternation;
  min: number;
  max: number;
}

const ALL_DIGITS = 0x3ff;
/** Tail lengths K tried, longest first: a longer tail means a shorter, more shared prefix. */
const LEVELS = [7, 4] as const;
const WILDCARDS = LEVELS.map((k) => '?'.repeat(k));

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  METADATA_PATTERN_TOKEN.lastIndex = 0;
  while (METADATA_PATTERN_TOKEN.lastIndex < source.length) {
    const match = METADATA_PATTERN_TOKEN.exec(source);
    if (!match) throw new Error(`unsupported metadata pattern: ${source}`);
    tokens.push(match[0]);
  }
  return tokens;
}

function atomMask(token: string): number {
  if (token === '\\d') return ALL_DIGITS;
  if (token.length === 1 && token >= '0' && token <= '9') return 1 << Number(token);
  if (!token.startsWith('[')) throw new Error(`unexpected token ${token}`);
  let mask = 0;
  const body = token.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const low = Number(body[i]);
    const high = body[i + 1] === '-' ? Number(body[(i += 2)]) : low;
    for (let d = low; d <= high; d++) mask |= 1 << d;
  }
  return mask;
}

function quantifier(token: string | undefined): [number, number] | null {
  if (token === '?') return [0, 1];
  if (!token?.startsWith('{')) return null;
  const [min, max = min] = token.slice(1, -1).split(',').map(Number) as [number, number?];
  return [min, max];
}

function parsePattern(source: string): Alternation {
  const tokens = tokenize(source);
  let at = 0;
  const item = (): Item => {
    const token = tokens[at++] as string;
    if (token === '$') return { node: 0, min: 0, max: 0 };
    let node: number | Alternation;
    if (token === '(' || token === '(?:') {
      node = alternation();
      if (tokens[at++] !== ')') throw new Error(`unbalanced metadata pattern: ${source}`);
    } else node = atomMask(token);
    const range = quantifier(tokens[at]);
    if (range) at++;
    const [min, max] = range ?? [1, 1];
    return { node, min, max };
  };
  const sequence = (): Sequence => {
    const items: Item[] = [];
    while (at < tokens.length && tokens[at] !== '|' && tokens[at] !== ')') items.push(item());
    return items;
  };
  const alternation = (): Alternation => {
    const alternatives = [sequence()];
    while (tokens[at] === '|') {
      at++;
      alternatives.push(sequence());
    }
    return alternatives;
  };
  const tree = alternation();
  if (at !== tokens.length) throw new Error(`unbalanced metadata pattern: ${source}`);
  return tree;
}

/** The pattern again, every atom also accepting '?': a '?' then stands for "any digit". */
function wildSource(tree: Alternation): string {
  return tree.map((sequence) => sequence.map(wildItem).join('')).join('|');
}

function wildItem({ node, min, max }: Item): string {
  if (max === 0) return '$';
  const body = typeof node === 'number' ? `[${digitsOf(node)}?]` : `(?:${wildSource(node)})`;
  if (min === 1 && max === 1) return body;
  if (min === 0 && max === 1) return body + '?';
  return min === max ? `${body}{${min}}` : `${body}{${min},${max}}`;
}

function digitsOf(mask: number): string {
  let digits = '';
  for (let d = 0; d <= 9; d++) if (mask & (1 << d)) digits += d;
  return digits;
}

/** Length of every match, when fixed. */
function fixedLength(tree: Alternation): number | null {
  const lengths = tree.map((sequence) => {
    let total = 0;
    for (const { node, min, max } of sequence) {
      const each = typeof node === 'number' ? 1 : fixedLength(node);
      if (min !== max || each === null) return null;
      total += each * min;
    }
    return total;
  });
  const first = lengths[0] ?? null;
  return lengths.every((length) => length === first) ? first : null;
}

/** Digits a match can start with, or null when unknown (an optional start). */
function firstDigits(tree: Alternation): number | null {
  let mask = 0;
  for (const sequence of tree) {
    const start = sequence.find((item) => item.max > 0);
    if (!start || start.min === 0) return null;
    const digits = typeof start.node === 'number' ? start.node : firstDigits(start.node);
    if (digits === null) return null;
    mask |= digits;
  }
  return mask;
}

/**
 * For each of the last k characters of any match (index 0 = last), the atoms that can test it;
 * null when that is not fixed (variable lengths reach into those k characters).
 */
function tailAtoms(tree: Alternation, k: number): number[][] | null {
  const tails = tree.map((sequence) => sequenceTail(sequence, k));
  if (tails.some((tail) => tail === null)) return null;
  return Array.from({ length: k }, (_, j) => [
    ...new Set(tails.flatMap((tail) => tail?.[j] ?? [])),
  ]);
}

function sequenceTail(sequence: Sequence, k: number): number[][] | null {
  const out: number[][] = [];
  for (let i = sequence.length - 1; i >= 0 && out.length < k; i--) {
    const { node, min, max } = sequence[i] as Item;
    const need = k - out.length;
    if (max === 0) continue;
    if (typeof node === 'number' && min >= need) {
      for (let r = 0; r < need; r++) out.push([node]);
      break;
    }
    const length = typeof node === 'number' ? 1 : fixedLength(node);
    if (min !== max) return null;
    if (length === null) {
      // A group of varying length is fine only as the last thing needed.
      const inner = min === 1 && typeof node !== 'number' ? tailAtoms(node, need) : null;
      if (!inner) return null;
      out.push(...inner);
      break;
    }
    for (let r = 0; r < min && out.length < k; r++) {
      const inner =
        typeof node === 'number' ? [[node]] : tailAtoms(node, Math.min(length, k - out.length));
      if (!inner) return null;
      out.push(...inner);
    }
  }
  return out.length === k ? out : null;
}

/* ---------------------------------------------------------------------------------------------
 * Plans: what libphonenumber-js reads for one calling code (see its parse.js, isValid.js,
 * extractCountryCallingCode.js, extractNationalNumber.js, getCountryByNationalNumber.js,
 * getNumberType.js): the IDD prefix and national prefix, each country's leading digits, and each
 * country's national number pattern and number-type patterns, matched whole.
 * ------------------------------------------------------------------------------------------- */

/** A pattern in wildcard form, with the digits its matches can start with (null: unknown). */
interface Probe {
  first: number | null;
  wild: RegExp;
}

/** One top-level alternative of a whole-match pattern. */
interface Alternative extends Probe {
  /** Per level: atoms testing the last K characters; null when unknown; 'short' when every match is shorter. */
  tails: (number[][] | null | 'short')[];
}

/** What the countries sharing a calling code match national numbers with. */
interface Group {
  leading: Probe[];
  /** Alternatives that can start with digit d, at index d; index 10 holds them all. */
  alternatives: Alternative[][];
  /** Per level: window text → what its tail can be, null when the verdict depends on it. */
  windows: Map<string, Reading | null>[];
}

/** For a window: the atoms testing each tail character (left to right), and their cells. */
interface Reading {
  atoms: number[][];
  cells: Cells;
}

/** How one kind of input (national for a country, or '+' and a calling code) is parsed. */
interface Plan {
  callingCode: string;
  /** National prefix for parsing. */
  strip: Probe | null;
  /** A national prefix transform rule rewrites digits: numbers it applies to are never cached. */
  transforms: boolean;
  idd: Probe | null;
  group: Group;
}

/** The parts of libphonenumber-js's numbering plan read here (its type declarations list fewer). */
interface PlanReader {
  IDDPrefix(): string | 0 | undefined;
  nationalPrefixForParsing(): string | 0 | undefined;
  nationalPrefixTransformRule(): string | 0 | undefined;
  leadingDigits(): string | 0 | undefined;
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string } | undefined;
}

/** The types getNumberType tries (libphonenumber-js helpers/getNumberType.js). */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

const plans = new WeakMap<MetadataJson, Map<string, Plan | Group | null>>();

/** Builds once per metadata object and key; null when it cannot be analysed. */
function cached<T extends Plan | Group>(
  metadata: MetadataJson,
  key: string,
  build: () => T | null,
): T | null {
  let cache = plans.get(metadata);
  if (!cache) plans.set(metadata, (cache = new Map()));
  let value = cache.get(key) as T | null | undefined;
  if (value === undefined) {
    try {
      value = build();
    } catch {
      value = null; // pattern syntax this analysis does not know: no fast path there
    }
    cache.set(key, value);
  }
  return value;
}

function reader(metadata: MetadataJson): (code: CountryCode) => PlanReader {
  const metadataReader = new Metadata(metadata);
  return (code) => {
    metadataReader.selectNumberingPlan(code);
    return metadataReader.numberingPlan as unknown as PlanReader;
  };
}

/** The plan for national numbers of `country`, or for '+' numbers of `callingCode` (country null). */
function planFor(
  metadata: MetadataJson,
  callingCode: string,
  country: CountryCode | null,
): Plan | null {
  return cached(metadata, country ?? '+' + callingCode, () => {
    const group = groupFor(metadata, callingCode);
    const main = country ?? metadata.country_calling_codes[callingCode]?.[0];
    if (!group || !main) return null;
    const own = reader(metadata)(main);
    return {
      callingCode,
      strip: prefixProbe(own.nationalPrefixForParsing()),
      transforms: Boolean(own.nationalPrefixTransformRule()),
      idd: country ? prefixProbe(own.IDDPrefix()) : null,
      group,
    };
  });
}

function groupFor(metadata: MetadataJson, callingCode: string): Group | null {
  return cached(metadata, 'group ' + callingCode, () => {
    const countries = metadata.country_calling_codes[callingCode] ?? [];
    // Non-geographic codes (+800, ...) have no countries to read: never cached.
    if (!countries.length || countries.some((code) => !hasMetadataFor(code, metadata))) return null;
    const read = reader(metadata);
    const leading: Probe[] = [];
    // NANPA countries share many patterns (toll-free, personal numbers): analyse each once.
    const patterns = new Set<string>();
    for (const code of countries) {
      const plan = read(code);
      const digits = prefixProbe(plan.leadingDigits());
      if (digits) leading.push(digits);
      patterns.add(plan.nationalNumberPattern());
      for (const type of NUMBER_TYPES) patterns.add(plan.type(type)?.pattern() ?? '');
    }
    patterns.delete('');
    const alternatives = [...patterns].flatMap(analyse);
    const byFirst = (d: number) =>
      alternatives.filter(({ first }) => d === 10 || first === null || first & (1 << d));
    return {
      leading,
      alternatives: Array.from({ length: 11 }, (_, d) => byFirst(d)),
      windows: LEVELS.map(() => new Map()),
    };
  });
}

function prefixProbe(source: string | 0 | undefined): Probe | null {
  if (typeof source !== 'string' || !source) return null;
  const tree = parsePattern(source);
  return { first: firstDigits(tree), wild: new RegExp(`^(?:${wildSource(tree)})`) };
}

function analyse(pattern: string): Alternative[] {
  let tree = parsePattern(pattern);
  // "(?:a|b)" alone: its alternatives are the top-level ones.
  const only = tree.length === 1 && tree[0]?.length === 1 ? tree[0][0] : undefined;
  if (only && typeof only.node !== 'number' && only.min === 1 && only.max === 1) {
    tree = only.node;
  }
  return tree.map((sequence) => {
    const alone = [sequence];
    const length = fixedLength(alone);
    return {
      first: firstDigits(alone),
      wild: new RegExp(`^(?:${wildSource(alone)})$`),
      tails: LEVELS.map((k) => (length !== null && length < k ? 'short' : tailAtoms(alone, k))),
    };
  });
}

/* ---------------------------------------------------------------------------------------------
 * Deciding whether a prefix is cacheable. A value's digits s split into head (all but the last K)
 * and tail. Every pattern libphonenumber applies is probed on head + K wildcards:
 * - prefix patterns (IDD, national prefix, leading digits) must give the same answer for every
 *   tail: no match, or a first match inside the head (earlier alternatives failed on wildcards,
 *   so they fail on real digits too);
 * - whole-match alternatives that can still match must have a fixed tail; the digits of the tail
 *   then matter only through which of those atoms accept them: their "cells".
 * Two numbers with the same head and cells then take the same path through libphonenumber, whose
 * E.164 is '+' + calling code + national number, so it ends with the tail (checked on insertion).
 * ------------------------------------------------------------------------------------------- */

/** Per tail character (left to right): the cell letter of each digit, '' when all are alike. */
type Cells = string[];

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

/* ------------------------------------------------------------------------------------------- */

class Judge implements PhoneJudge {
  private readonly callingCode: string;
  private readonly exact = new Map<string, PhoneVerdict>();
  private readonly decisions = LEVELS.map(() => new Map<string, Cells | null>());
  /** Per level: key → the E.164 without its last K digits. */
  private readonly heads = LEVELS.map(() => new Map<string, string>());

  constructor(
    readonly country: CountryCode,
    private readonly metadata: MetadataJson,
  ) {
    this.callingCode = getCountryCallingCode(country, metadata);
  }

  judge(value: string): PhoneVerdict {
    const dialled = dial(value);
    if ('status' in dialled) return dialled;
    const fast = this.fast(dialled);
    if (fast) return fast;
    const key = (dialled.plus ? '+' : '') + dialled.digits;
    let verdict = this.exact.get(key);
    if (!verdict) {
      verdict = consult(dialled, this.country, this.metadata);
      if (!this.learn(dialled, verdict)) remember(this.exact, key, verdict);
    }
    return verdict;
  }

  private fast(dialled: Dialled): PhoneVerdict | null {
    for (let level = 0; level < LEVELS.length; level++) {
      const key = this.keyOf(dialled, level);
      if (key === null) continue;
      const head = this.heads[level]?.get(key);
      const tail = dialled.digits.slice(-(LEVELS[level] as number));
      return head === undefined ? null : { status: 'valid', e164: head + tail };
    }
    return null;
  }

  private learn(dialled: Dialled, verdict: PhoneVerdict): boolean {
    if (verdict.status !== 'valid') return false;
    for (let level = 0; level < LEVELS.length; level++) {
      const key = this.keyOf(dialled, level);
      if (key === null) continue;
      const k = LEVELS[level] as number;
      if (!verdict.e164.endsWith(dialled.digits.slice(-k))) return false;
      remember(this.heads[level] as Map<string, string>, key, verdict.e164.slice(0, -k));
      return true;
    }
    return false;
  }

  /** The memo key at this level, or null when this number's verdict there may depend on its tail. */
  private keyOf({ plus, digits }: Dialled, level: number): string | null {
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
