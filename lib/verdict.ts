import type { OutcomeClass } from './highlevel/outcomes';
import type { Report } from './types';

/**
 * What is left after Preflight's fixes, by row: the headline a user acts on. `ready` rows import
 * with nothing lost once the cleaned file is used (`fixed` of them because Preflight changed
 * them); `needYou` rows still lose a field, are skipped, or may duplicate a contact.
 */
export interface Verdict {
  ready: number;
  fixed: number;
  needYou: number;
}

/** Outcomes that cost the user something unless fixed; notices never do. */
const COSTLY: ReadonlySet<OutcomeClass> = new Set([
  'file-blocked',
  'row-skipped',
  'field-dropped',
  'duplicate-risk',
]);

/**
 * Counts rows by what the cleaned file leaves for the user. An issue is resolved when its fix
 * holds a value (a date rewritten, an email repaired, duplicates merged); a fix that empties the
 * value (`''`) or none at all (`null`) leaves the loss to the user.
 */
export function verdictOf({ summary, issues, changes }: Report): Verdict {
  const total = summary.rows.total;
  if (summary.fileBlocked) return { ready: 0, fixed: 0, needYou: total };
  const needYou = new Set<number>();
  const fixed = new Set<number>();
  for (const issue of issues) {
    if (issue.row === null || !COSTLY.has(issue.class)) continue;
    if (issue.fix) fixed.add(issue.row);
    else needYou.add(issue.row);
  }
  for (const change of changes) fixed.add(change.row);
  let fixedOnly = 0;
  for (const row of fixed) if (!needYou.has(row)) fixedOnly++;
  const left = Math.min(needYou.size, total);
  return { ready: total - left, fixed: Math.min(fixedOnly, total - left), needYou: left };
}
