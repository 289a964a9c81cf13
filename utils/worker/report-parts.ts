import type { Change, Issue, Report } from '../../lib/types';
import { keepTally } from '../../lib/verdict';
import { RowOrder, keepRowOrder } from '../report-index/change-order';
import { IssueIndex, keepIssueIndex } from '../report-index/issue-index';

/**
 * A report's changes and issues cross from a worker in parts, ahead of the rest of it: each part
 * is read on the page's main thread as a task of its own, so no single task reads 100,000 of them.
 * The checking worker and the report-opening worker both send them so.
 */
export type ReportPart =
  { type: 'changes'; changes: Change[] } | { type: 'issues'; issues: Issue[] };

/**
 * Issues and changes go in parts of this many: each part is read, and indexed, in 5 to 15 ms
 * (5,000 issues took 12 to 20 ms to copy in Node, and as much again to index when cold).
 */
export const ITEMS_PER_PART = 2_000;

/** The list in parts of `size` items. */
export function* inParts<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < list.length; start += size) yield list.slice(start, start + size);
}

/** Posts the report's changes and issues in parts; gives back the report without them. */
export function postReportParts(report: Report, post: (part: ReportPart) => void): Report {
  for (const changes of inParts(report.changes, ITEMS_PER_PART)) post({ type: 'changes', changes });
  for (const issues of inParts(report.issues, ITEMS_PER_PART)) post({ type: 'issues', issues });
  return { ...report, changes: [], issues: [] };
}

/**
 * The parts as they arrive, put back into the report that follows them; each part is indexed for
 * the panel as it comes (utils/report-index), so the report's arrival reads none of them again.
 */
export class ReportParts {
  private readonly changes: Change[] = [];
  private readonly issues: Issue[] = [];
  private readonly rowOrder = new RowOrder();
  private readonly index = new IssueIndex();

  /** Takes a reply that is a part; false for any other reply. */
  take(reply: { type: string }): reply is ReportPart {
    const part = reply as ReportPart;
    if (part.type === 'changes') {
      for (const change of part.changes) this.changes.push(change);
      this.rowOrder.add(part.changes);
    } else if (part.type === 'issues') {
      for (const issue of part.issues) this.issues.push(issue);
      this.index.add(part.issues);
    } else return false;
    return true;
  }

  into(report: Report): Report {
    const whole = { ...report, changes: this.changes, issues: this.issues };
    keepRowOrder(this.changes, this.rowOrder);
    keepIssueIndex(this.issues, this.index);
    keepTally(this.issues, this.index.tally);
    return whole;
  }
}
