import {
  isSupportedCountry as hasMetadataFor,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import { fixedLength, firstDigits, parsePattern, tailAtoms, wildSource } from './metadata-patterns';
import { planReader } from './plan-reader';

/**
 * Plans: what libphonenumber-js reads for one calling code (see its parse.js, isValid.js,
 * extractCountryCallingCode.js, extractNationalNumber.js, getCountryByNationalNumber.js,
 * getNumberType.js): the IDD prefix and national prefix, each country's leading digits, and each
 * country's national number pattern and number-type patterns, matched whole. Built once per
 * metadata object from its patterns (`metadata-patterns.ts`), for the prefix memo to probe.
 */

/** Tail lengths K tried, longest first: a longer tail means a shorter, more shared prefix. */
export const LEVELS = [7, 4] as const;

/** Per tail character (left to right): the cell letter of each digit, '' when all are alike. */
export type Cells = string[];

/** A pattern in wildcard form, with the digits its matches can start with (null: unknown). */
export interface Probe {
  first: number | null;
  wild: RegExp;
}

/** One top-level alternative of a whole-match pattern. */
interface Alternative extends Probe {
  /** Per level: atoms testing the last K characters; null when unknown; 'short' when every match is shorter. */
  tails: (number[][] | null | 'short')[];
}

/** What the countries sharing a calling code match national numbers with. */
export interface Group {
  leading: Probe[];
  /** Alternatives that can start with digit d, at index d; index 10 holds them all. */
  alternatives: Alternative[][];
  /** Per level: window text → what its tail can be, null when the verdict depends on it. */
  windows: Map<string, Reading | null>[];
}

/** For a window: the atoms testing each tail character (left to right), and their cells. */
export interface Reading {
  atoms: number[][];
  cells: Cells;
}

/** How one kind of input (national for a country, or '+' and a calling code) is parsed. */
export interface Plan {
  callingCode: string;
  /** National prefix for parsing. */
  strip: Probe | null;
  /** A national prefix transform rule rewrites digits: numbers it applies to are never cached. */
  transforms: boolean;
  idd: Probe | null;
  group: Group;
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

/** The plan for national numbers of `country`, or for '+' numbers of `callingCode` (country null). */
export function planFor(
  metadata: MetadataJson,
  callingCode: string,
  country: CountryCode | null,
): Plan | null {
  return cached(metadata, country ?? '+' + callingCode, () => {
    const group = groupFor(metadata, callingCode);
    const main = country ?? metadata.country_calling_codes[callingCode]?.[0];
    if (!group || !main) return null;
    const own = planReader(metadata)(main);
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
    const read = planReader(metadata);
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
