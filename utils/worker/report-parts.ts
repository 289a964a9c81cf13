import type { FileFacts, Issue, Report } from '../../lib/types';
import { keepTally } from '../../lib/verdict';
import { beforesOf } from '../report-index/befores';
import {
  fileFactsBuffers,
  packFileFacts,
  unpackFileFacts,
  type PackedFileFacts,
} from '../report-index/file-facts';
import { gridFactsBuffers, gridFactsOf, type GridFacts } from '../report-index/grid-facts';
import { IssueIndex, keepIssueIndex } from '../report-index/issue-index';

/**
 * A report's changes and issues cross from a worker ahead of the rest of it. What the grid needs
 * of the changes and the columns, made in the worker and transferred (what each changed cell held
 * before, the columns' order: utils/report-index/grid-facts.ts): the page never holds a change.
 * The issues in parts, each read and indexed on the page's main thread as a task of its own, so
 * no single task reads 100,000 of them. The file's facts packed
 * (utils/report-index/file-facts.ts): a 100,000-column file's mapping is 100,000 objects. The
 * checking worker and the report-opening worker both send them so.
 */
export type ReportPart =
  | { type: 'grid'; grid: GridFacts }
  | { type: 'issues'; issues: Issue[] }
  | { type: 'file'; file: PackedFileFacts };

/**
 * Issues go in parts of this many: each part is read, and indexed, in 5 to 15 ms (5,000 issues
 * took 12 to 20 ms to copy in Node, and as much again to index when cold).
 */
export const ITEMS_PER_PART = 2_000;

/** The list in parts of `size` items. */
export function* inParts<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < list.length; start += size) yield list.slice(start, start + size);
}

type PostPart = (part: ReportPart, transfer: ArrayBuffer[]) => void;

/** Posts issues in parts of ITEMS_PER_PART. */
export function postIssues(issues: readonly Issue[], post: PostPart): void {
  for (const part of inParts(issues, ITEMS_PER_PART)) post({ type: 'issues', issues: part }, []);
}

/** Posts what the grid needs of the report's changes (a tenth of a second at 30 MB). */
export function postGridFacts(report: Report, post: PostPart): void {
  const grid = gridFactsOf(report);
  post({ type: 'grid', grid }, gridFactsBuffers(grid));
}

/**
 * Posts the report's issues and file facts; gives back the report without them, and without its
 * changes, which cross as grid facts (`postGridFacts`). `issuesSent`: how many of its first issues
 * were posted already, as the check found them.
 */
export function postReportParts(report: Report, post: PostPart, issuesSent = 0): Report {
  postIssues(report.issues.slice(issuesSent), post);
  const packed = packFileFacts(report.file);
  post({ type: 'file', file: packed }, fileFactsBuffers(packed));
  const file = { ...report.file, columns: [], mapping: [] };
  return { ...report, file, changes: [], issues: [] };
}

/**
 * One copy of each code, reason, class and column name among the issues that arrive: a structured
 * clone makes a new string each time one appears, so 97,000 issues about the same column of a
 * file held 97,000 copies of its name, of their code and of their class (about 8 MB in Chromium).
 */
class SharedWords {
  private readonly kept = new Map<string, string>();

  share(issue: Issue): Issue {
    issue.code = this.word(issue.code);
    issue.reason = this.word(issue.reason);
    issue.class = this.word(issue.class) as Issue['class'];
    if (issue.column !== null) issue.column = this.word(issue.column);
    return issue;
  }

  private word(text: string): string {
    const kept = this.kept.get(text);
    if (kept !== undefined) return kept;
    this.kept.set(text, text);
    return text;
  }
}

/**
 * The parts as they arrive: the issues put back into the report that follows them, each part
 * indexed for the panel as it comes (utils/report-index), so the report's arrival reads none of
 * them again; the grid's facts; the file's facts put back. The report's `changes` stay empty on
 * the page.
 */
export class ReportParts {
  private readonly issues: Issue[] = [];
  private readonly index = new IssueIndex();
  private readonly words = new SharedWords();
  private file: FileFacts | null = null;
  grid: GridFacts = { befores: beforesOf([]), columnOrder: new Int32Array() };

  /** Takes a reply that is a part; false for any other reply. */
  take(reply: { type: string }): reply is ReportPart {
    const part = reply as ReportPart;
    if (part.type === 'grid') this.grid = part.grid;
    else if (part.type === 'file') this.file = unpackFileFacts(part.file);
    else if (part.type === 'issues') {
      for (const issue of part.issues) this.issues.push(this.words.share(issue));
      this.index.add(part.issues);
    } else return false;
    return true;
  }

  into(report: Report): Report {
    keepIssueIndex(this.issues, this.index);
    keepTally(this.issues, this.index.tally);
    return { ...report, file: this.file ?? report.file, issues: this.issues };
  }
}
