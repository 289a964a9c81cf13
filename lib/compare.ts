import type { Settings } from './settings';
import { type Summary } from './types';
import type { Verdict as RowsLeft } from './verdict';
import { OUTCOME_CLASSES, type OutcomeClass } from './highlevel/outcomes';

/**
 * Two attempts at the same file side by side: what got better or worse between them, whether the
 * file itself changed, and which settings differed. Pure, so the reports page and tests share it.
 */

/** What comparing needs from a kept report (the history's list entry satisfies it). */
export interface Attempt {
  /** SHA-256 of the original file. */
  hash: string;
  size: number;
  settings: Settings;
  summary: Summary;
  /** What the cleaned file left for the user; absent from reports kept before it was counted. */
  verdict?: RowsLeft;
}

/** Whether a change is good news: fewer problems, more clean rows. */
export type Verdict = 'better' | 'worse' | 'neutral';

export interface CountChange<K extends string = string> {
  key: K;
  before: number;
  after: number;
  /** after − before */
  change: number;
  verdict: Verdict;
}

export type RowCount = keyof Summary['rows'];

/** The verdict's counts: rows ready to import, fixed by Preflight, and left to the user. */
export type VerdictCount = 'ready' | 'fixed' | 'needYou';

export interface SettingDifference {
  /** Dotted path in the settings: `country`, `fixes.mergeDuplicates`, `mapping.E-mail`. */
  path: string;
  label: string;
  before: string;
  after: string;
}

export interface Comparison {
  fileChanged: boolean;
  size: CountChange<'size'>;
  /** The rows after the fixes; null when either report was kept before they were counted. */
  afterFixes: CountChange<VerdictCount>[] | null;
  /** The rows as HighLevel would take the original file, without the fixes. */
  rows: CountChange<RowCount>[];
  byClass: CountChange<OutcomeClass>[];
  /** Every code either attempt reported, in code order. */
  byCode: CountChange[];
  settings: SettingDifference[];
}

const VERDICT_COUNTS: [VerdictCount, 'more' | 'fewer'][] = [
  ['ready', 'more'],
  ['fixed', 'more'],
  ['needYou', 'fewer'],
];

/** Row counts in the order a reader wants them, and which way is good news for each. */
const ROW_COUNTS: [RowCount, 'more' | 'fewer' | null][] = [
  ['total', null],
  ['clean', 'more'],
  ['skipped', 'fewer'],
  ['fieldDropped', 'fewer'],
  ['duplicateRisk', 'fewer'],
  ['cleanedOut', null],
  ['rejectedOut', 'fewer'],
];

const SETTING_LABELS: Record<string, string> = {
  country: 'Country',
  phoneCountry: 'Phones without a country code from',
  severalValues: 'Several emails and phones',
  dateFormat: 'Date format',
  primary: 'Primary matching',
  secondary: 'Secondary matching',
  updateByContactId: 'Update by Contact ID',
  users: 'Users',
  customFields: 'Custom fields',
  'limits.maxBytes': 'File size limit (bytes)',
  'limits.maxRows': 'Row limit',
  'fixes.mergeDuplicates': 'Merge duplicates',
  'fixes.applyEmailTypos': 'Apply email typo fixes',
  'fixes.off': 'Fixes turned off',
};

/** Settings added since reports were first kept: a report kept before one had its default. */
const ADDED_LATER: Record<string, unknown> = { 'fixes.off': [] };

function countChange<K extends string>(
  key: K,
  before: number,
  after: number,
  good: 'more' | 'fewer' | null,
): CountChange<K> {
  const change = after - before;
  const verdict: Verdict =
    change === 0 || good === null
      ? 'neutral'
      : change > 0 === (good === 'more')
        ? 'better'
        : 'worse';
  return { key, before, after, change, verdict };
}

/**
 * Settings as dotted paths to leaf values. Objects (mapping, limits, fixes) are walked so that one
 * differing key is named; arrays (users, custom fields) stay whole: they are compared as a list.
 */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      for (const [leaf, leafValue] of flatten(inner, path)) leaves.set(leaf, leafValue);
    }
  } else {
    leaves.set(prefix, value);
  }
  return leaves;
}

function shown(value: unknown): string {
  if (value === undefined) return 'not set';
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length > 0 ? value.join(', ') : 'none';
  }
  return JSON.stringify(value);
}

function settingLabel(path: string): string {
  if (path.startsWith('mapping.')) return `Column "${path.slice('mapping.'.length)}" mapped to`;
  return SETTING_LABELS[path] ?? path;
}

/** Settings that differ between two attempts, by path, in the order the first one lists them. */
export function settingDifferences(before: Settings, after: Settings): SettingDifference[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .map((path) => ({
      path,
      before: shown(a.has(path) ? a.get(path) : ADDED_LATER[path]),
      after: shown(b.has(path) ? b.get(path) : ADDED_LATER[path]),
    }))
    .filter((difference) => difference.before !== difference.after)
    .map((difference) => ({ ...difference, label: settingLabel(difference.path) }));
}

function verdictChanges(
  before: RowsLeft | undefined,
  after: RowsLeft | undefined,
): CountChange<VerdictCount>[] | null {
  if (!before || !after) return null;
  return VERDICT_COUNTS.map(([key, good]) => countChange(key, before[key], after[key], good));
}

/** Compares an earlier attempt (`before`) with a later one (`after`). */
export function compareAttempts(before: Attempt, after: Attempt): Comparison {
  const codes = [
    ...new Set([...Object.keys(before.summary.byCode), ...Object.keys(after.summary.byCode)]),
  ].sort();
  return {
    fileChanged: before.hash !== after.hash,
    size: countChange('size', before.size, after.size, null),
    afterFixes: verdictChanges(before.verdict, after.verdict),
    rows: ROW_COUNTS.map(([key, good]) =>
      countChange(key, before.summary.rows[key], after.summary.rows[key], good),
    ),
    byClass: OUTCOME_CLASSES.map((outcome) =>
      countChange(
        outcome,
        before.summary.byClass[outcome],
        after.summary.byClass[outcome],
        'fewer',
      ),
    ),
    byCode: codes.map((code) =>
      countChange(code, before.summary.byCode[code] ?? 0, after.summary.byCode[code] ?? 0, 'fewer'),
    ),
    settings: settingDifferences(before.settings, after.settings),
  };
}
