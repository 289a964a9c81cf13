import { isWorse, type OutcomeClass } from './highlevel/outcomes';
import type { Issue, Report, Summary } from './types';

/**
 * What is left after Preflight's fixes, by row: the headline a user acts on. `ready` rows import
 * with nothing lost once the cleaned file is used (`fixed` of them because Preflight changed
 * them); `needYou` rows still lose a field, are skipped, or may duplicate a contact, counted by
 * the worst of what is left in `left`.
 */
export interface Verdict {
  ready: number;
  fixed: number;
  needYou: number;
  left: { skipped: number; fieldDropped: number; duplicateRisk: number };
}

/**
 * An issue the cleaned file resolves: its fix holds a value (a date rewritten, an email repaired,
 * duplicates merged); a fix that empties the value (`''`) or none at all (`null`) leaves the loss
 * to the user.
 */
export const isResolved = (issue: Issue): boolean => Boolean(issue.fix);

/**
 * How a code's line in a summary says what the cleaned file resolved of its issues: "all fixed",
 * "3,000 fixed", or nothing. Without it, a code listed among the rows HighLevel would skip (what
 * it would do without the fixes) read as rows lost when every one of them was fixed.
 */
export function fixedNote(issues: readonly Issue[], format: (n: number) => string): string {
  let fixed = 0;
  for (const issue of issues) if (isResolved(issue)) fixed++;
  if (fixed === 0) return '';
  return fixed === issues.length ? 'all fixed' : `${format(fixed)} fixed`;
}

/**
 * Counts rows by what the cleaned file leaves for the user: an issue costs its row something
 * unless it is resolved (`isResolved`). A row counts as fixed for a problem resolved, not for a
 * value only tidied (a phone put in E.164 that HighLevel read anyway).
 */
export function verdictOf(report: Report): Verdict {
  // The panel, its status line, its history entry and the popup all ask for the same report's.
  let verdict = verdicts.get(report);
  if (!verdict) {
    let tally = tallies.get(report.issues);
    if (!tally) (tally = new VerdictTally()).add(report.issues);
    verdicts.set(report, (verdict = tally.verdict(report.summary)));
  }
  return verdict;
}

const verdicts = new WeakMap<Report, Verdict>();
const tallies = new WeakMap<readonly Issue[], VerdictTally>();

/** `tally` counted exactly these issues, which will not change: a verdict on them uses it. */
export function keepTally(issues: readonly Issue[], tally: VerdictTally): void {
  tallies.set(issues, tally);
}

/**
 * The rows a report's issues leave costing something, counted as the issues come: a report's
 * issues may reach the page in parts, each counted in a task of its own (`keepTally`).
 */
export class VerdictTally {
  /** Each row still costing something, with the worst of it. */
  private readonly worstLeft = new Map<number, OutcomeClass>();
  private readonly fixed = new Set<number>();

  add(issues: readonly Issue[]): void {
    for (const issue of issues) {
      // A notice costs nothing; every other outcome does, unless fixed.
      if (issue.row === null || issue.class === 'notice') continue;
      if (isResolved(issue)) {
        this.fixed.add(issue.row);
        continue;
      }
      const worst = this.worstLeft.get(issue.row);
      if (worst === undefined || isWorse(issue.class, worst))
        this.worstLeft.set(issue.row, issue.class);
    }
  }

  verdict(summary: Summary): Verdict {
    const total = summary.rows.total;
    if (summary.fileBlocked) {
      return {
        ready: 0,
        fixed: 0,
        needYou: total,
        left: { skipped: total, fieldDropped: 0, duplicateRisk: 0 },
      };
    }
    const left = { skipped: 0, fieldDropped: 0, duplicateRisk: 0 };
    for (const outcome of this.worstLeft.values()) {
      if (outcome === 'duplicate-risk') left.duplicateRisk++;
      else if (outcome === 'field-dropped') left.fieldDropped++;
      else left.skipped++;
    }
    let fixedOnly = 0;
    for (const row of this.fixed) if (!this.worstLeft.has(row)) fixedOnly++;
    const needYou = Math.min(this.worstLeft.size, total);
    return { ready: total - needYou, fixed: Math.min(fixedOnly, total - needYou), needYou, left };
  }
}
