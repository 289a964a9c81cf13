import { isWorse, type OutcomeClass } from '../../lib/highlevel/outcomes';
import { suggestedValue } from '../../lib/issue';
import type { Issue } from '../../lib/types';
import { VerdictTally } from '../../lib/verdict';

/** Past this many marked cells, a row finds them in a Map; a short list costs less memory. */
const LISTED_CELLS = 8;

/**
 * What the grid marks on a row: its worst outcome, its codes, the worst issue of each cell. Made
 * for every row with an issue (97,000 of them on a file of bad phones), so it is kept small: lists
 * made from the first issue (with a Map and a Set a row, that file's index took 46.7 MB in Node;
 * with lists, 25.6 MB), and a Map only for a row with many marked cells.
 */
export class RowMarks {
  /** The worst outcome on the row. */
  outcome: OutcomeClass;
  /** The codes of its issues, in the order they came: a few dozen codes exist, so it stays short. */
  private readonly codeList: string[];
  /** The worst issue of each column ('' for the row itself), while they are few. */
  private listed: Issue[];
  private byColumn: Map<string, Issue> | null = null;

  constructor(first: Issue) {
    this.outcome = first.class;
    this.codeList = [first.code];
    this.listed = [first];
  }

  get codes(): readonly string[] {
    return this.codeList;
  }

  hasCode(code: string): boolean {
    return this.codeList.includes(code);
  }

  /** The worst issue of the cell under this header; '' for the row's own. */
  cell(column: string): Issue | undefined {
    if (this.byColumn) return this.byColumn.get(column);
    return this.listed.find((issue) => (issue.column ?? '') === column);
  }

  /** The worst issue of each marked cell. */
  cells(): Iterable<Issue> {
    return this.byColumn?.values() ?? this.listed;
  }

  add(issue: Issue): void {
    if (isWorse(issue.class, this.outcome)) this.outcome = issue.class;
    if (!this.codeList.includes(issue.code)) this.codeList.push(issue.code);
    const column = issue.column ?? '';
    const current = this.cell(column);
    if (current && !isWorse(issue.class, current.class)) return;
    if (this.byColumn) {
      this.byColumn.set(column, issue);
      return;
    }
    const listed = this.listed;
    if (current) listed[listed.indexOf(current)] = issue;
    else listed.push(issue);
    if (listed.length > LISTED_CELLS) {
      this.byColumn = new Map(listed.map((each) => [each.column ?? '', each]));
      this.listed = [];
    }
  }
}

/** Column → row → the values its issues suggest (several for a list cell with several misses). */
export type Suggestions = Map<string, Map<number, string[]>>;

export const isProblem = (mark: RowMarks | undefined) =>
  mark !== undefined && mark.outcome !== 'notice';

/**
 * What the panel reads of a report's issues, indexed once: the marks on each row (the grid and
 * its filters), the issues by outcome and code (the summary), the values issues suggest (column
 * actions) and the verdict's tally. A report from a worker is indexed as its issues arrive in
 * parts, each part in a task of its own (ReportParts), so its arrival reads none of them again.
 */
export class IssueIndex {
  readonly marks = new Map<number, RowMarks>();
  /** Outcome → code → its issues, in the order they came. */
  readonly groups = new Map<OutcomeClass, Map<string, Issue[]>>();
  readonly suggestions: Suggestions = new Map();
  readonly tally = new VerdictTally();
  /** Rows with a problem (worse than a notice), as they became one; sorted when first asked. */
  private readonly problems: number[] = [];
  private problemsSorted = true;

  add(issues: readonly Issue[]): void {
    for (const issue of issues) {
      this.group(issue);
      if (issue.row === null) continue;
      this.mark(issue, issue.row);
      this.suggest(issue, issue.row);
    }
    this.tally.add(issues);
  }

  private group(issue: Issue): void {
    let codes = this.groups.get(issue.class);
    if (!codes) this.groups.set(issue.class, (codes = new Map()));
    const group = codes.get(issue.code);
    // Pushed, not copied: a code a 100,000-column file has on every column stays linear.
    if (group) group.push(issue);
    else codes.set(issue.code, [issue]);
  }

  /** The rows the grid's default filter shows, in file order. */
  problemRows(): readonly number[] {
    if (!this.problemsSorted) {
      this.problems.sort((a, b) => a - b);
      this.problemsSorted = true;
    }
    return this.problems;
  }

  private mark(issue: Issue, row: number): void {
    const mark = this.marks.get(row);
    if (!mark) {
      this.marks.set(row, new RowMarks(issue));
      if (issue.class !== 'notice') this.addProblem(row);
      return;
    }
    if (mark.outcome === 'notice' && issue.class !== 'notice') this.addProblem(row);
    mark.add(issue);
  }

  /** A row's outcome only worsens: it becomes a problem once. */
  private addProblem(row: number): void {
    const last = this.problems[this.problems.length - 1];
    if (last !== undefined && row < last) this.problemsSorted = false;
    this.problems.push(row);
  }

  private suggest(issue: Issue, row: number): void {
    const value = suggestedValue(issue);
    if (value === null || issue.column === null) return;
    let rows = this.suggestions.get(issue.column);
    if (!rows) this.suggestions.set(issue.column, (rows = new Map()));
    const list = rows.get(row);
    if (list) list.push(value);
    else rows.set(row, [value]);
  }
}

const indexes = new WeakMap<readonly Issue[], IssueIndex>();

/** The index of a list of issues: the one made as they arrived, or one made now. */
export function issueIndexOf(issues: readonly Issue[]): IssueIndex {
  let index = indexes.get(issues);
  if (!index) {
    (index = new IssueIndex()).add(issues);
    indexes.set(issues, index);
  }
  return index;
}

/** `index` was made of exactly these issues, which will not change: later asks get it. */
export function keepIssueIndex(issues: readonly Issue[], index: IssueIndex): void {
  indexes.set(issues, index);
}
