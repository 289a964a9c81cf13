import type { Code } from './highlevel/codes';

/**
 * The kinds of fix a user can turn off (settings `fixes.off`): the cleaned file then keeps the
 * value as written and the finding stays, with what HighLevel would do with it. Merging
 * duplicates and applying email typos have their own settings (`fixes.mergeDuplicates`,
 * `fixes.applyEmailTypos`): they change data a person may want kept, so they start off.
 */
export const FIX_KIND_KEYS = [
  'phones',
  'dates',
  'severalValues',
  'emails',
  'places',
  'formats',
  'characters',
  'emptied',
] as const;

export type FixKind = (typeof FIX_KIND_KEYS)[number];

export const FIX_KINDS: Record<FixKind, { label: string; codes: readonly Code[] }> = {
  phones: {
    label: 'Phones written in E.164 (+18102929388)',
    codes: ['1013'],
  },
  dates: {
    label: 'Dates rewritten into the chosen format',
    codes: ['1014', 'PF14'],
  },
  severalValues: {
    label: "Several emails or phones moved to HighLevel's Additional columns or extra rows",
    codes: ['PF07'],
  },
  emails: {
    label: 'Emails repaired (spaces, mailto:, "Name <…>" wrappers, trailing dots)',
    codes: ['1008'],
  },
  places: {
    label: 'Countries and time zones written as HighLevel lists them',
    codes: ['PF15', 'PF16'],
  },
  formats: {
    label: 'Options, lists, numbers and ZIP codes written as HighLevel reads them',
    codes: ['1005', 'PF17', 'PF10'],
  },
  characters: {
    label: 'Invisible and garbled characters cleaned up',
    codes: ['PF08', 'PF02'],
  },
  emptied: {
    label: 'Values HighLevel cannot read emptied (it would drop them anyway)',
    codes: ['1002', '1013', '1014', '1015', 'PF10', 'PF15', 'PF16', 'PF17'],
  },
};

/**
 * A finding whose fix the user turned off: the code's name says what is wrong, then what the
 * cleaned file and HighLevel do with the value kept as written, by the finding's outcome class.
 */
export const DECLINED_MESSAGES = {
  cell: '{name}: "{value}" in {column} is kept as written, because "{kind}" is turned off in the fixes. {effect}',
  column:
    '{name}: {column} is kept as written, because "{kind}" is turned off in the fixes. {effect}',
  effects: {
    'file-blocked': 'HighLevel would refuse the file.',
    'row-skipped': 'HighLevel would skip the row, so it is in the rejected file.',
    'field-dropped': 'HighLevel would import the row with {column} empty.',
    'duplicate-risk': 'HighLevel may create or update a duplicate.',
    notice: 'HighLevel imports it as written.',
  },
} as const;

/** What a fix of each kind did to a file: cells it changed, and cells it would have changed. */
export type FixCounts = Partial<Record<FixKind, { applied: number; declined: number }>>;

/** Each code's kind of fix that writes a value, and of fix that empties one. */
const REWRITES = new Map<string, FixKind>();
const EMPTIES = new Map<string, FixKind>();
for (const kind of FIX_KIND_KEYS) {
  for (const code of FIX_KINDS[kind].codes)
    (kind === 'emptied' ? EMPTIES : REWRITES).set(code, kind);
}

/**
 * The kind of a fix by the code that makes it and the value it writes: emptying an unreadable
 * value is one kind whatever the code; null for what no setting here turns off (a formula made
 * harmless, duplicates merged, a user's own edit, a duplicate header renamed).
 */
export function fixKindOf(code: string, written: string): FixKind | null {
  if (written === '') {
    const kind = EMPTIES.get(code);
    if (kind) return kind;
  }
  return REWRITES.get(code) ?? null;
}

/** Counts each kind's applied fixes in a list of changes, beside the ones the check declined. */
export function countFixes(
  changes: readonly { code: string; after: string }[],
  declined: ReadonlyMap<FixKind, number>,
): FixCounts {
  const counts: FixCounts = {};
  const entry = (kind: FixKind) => (counts[kind] ??= { applied: 0, declined: 0 });
  for (const change of changes) {
    const kind = fixKindOf(change.code, change.after);
    if (kind) entry(kind).applied++;
  }
  for (const [kind, count] of declined) entry(kind).declined += count;
  return counts;
}

/** The fixes settings with one kind turned on or off. */
export function withFixKind<F extends { off: readonly FixKind[] }>(
  fixes: F,
  kind: FixKind,
  on: boolean,
): F {
  const off = fixes.off.filter((other) => other !== kind);
  return { ...fixes, off: on ? off : [...off, kind] };
}
