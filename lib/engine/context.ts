import type { Row, Run } from '../check';
import type { Code, ReasonOf } from '../highlevel/codes';
import type { FieldDef, FieldKind } from '../highlevel/fields';
import { fixKindOf, type FixKind } from '../fixes';
import { makeIssue, rejectsRow, type IssueDetails } from '../issue';
import type { Column } from '../mapping';
import type { Reference } from '../highlevel/contacts-export';
import type { Settings } from '../settings';
import type { Change, Issue, IssueParams } from '../types';
import type { PhoneJudge } from '../values/phone';

/** How many earlier params of a code a new issue's are compared with. */
const RECENT_PARAMS = 4;

/** Params with the same names and the same values (lists compared as the same list). */
function sameParams(a: IssueParams, b: IssueParams): boolean {
  let names = 0;
  for (const name in a) {
    if (a[name] !== b[name]) return false;
    names++;
  }
  return Object.keys(b).length === names;
}

/**
 * The checks' context: what they report and fix, kept for the report and the written files. A
 * class, so that the calls made for every row cost no closure; it needs no parser, so a check can
 * be run against one built by hand.
 */
export class CheckContext implements Run {
  readonly issues: Issue[] = [];
  readonly changes: Change[] = [];
  /** The data rows' values; fixes are written in place (the values before them are in `changes`). */
  readonly rows: string[][] = [];
  /** Spreadsheet row number of `rows[0]`. */
  firstRowNumber = 0;
  readonly omitted = new Set<number>();
  private readonly rejected = new Set<number>();
  readonly droppedColumns = new Set<number>();
  readonly extraRows = new Map<number, string[][]>();
  /** Columns the cleaned file adds after the file's own, in the order they were added. */
  readonly addedColumns: Column[] = [];
  private mapped: readonly Column[] = [];
  /** The first standard column of each kind: looked up for every row, so built once. */
  private readonly columnByKind = new Map<FieldKind, Column>();
  /** Fixes of a kind the user turned off, which left a cell as written: counted by kind. */
  readonly declined = new Map<FixKind, number>();
  private readonly off: ReadonlySet<FixKind>;
  /** Per code, the params of its last issues (`sharedParams`). */
  private readonly recentParams = new Map<Code, IssueParams[]>();

  constructor(
    readonly settings: Settings,
    readonly phone: PhoneJudge,
    readonly reference: Reference | null = null,
  ) {
    this.off = new Set(settings.fixes.off);
  }

  get columns(): readonly Column[] {
    return this.mapped;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** The header's columns, as mapped to HighLevel fields. */
  useColumns(columns: readonly Column[]): void {
    this.mapped = columns;
    this.columnByKind.clear();
    for (const column of columns) {
      if (
        column.kind &&
        !column.extra &&
        column.customField === null &&
        !this.columnByKind.has(column.kind)
      ) {
        this.columnByKind.set(column.kind, column);
      }
    }
  }

  fixes(kind: FixKind): boolean {
    return !this.off.has(kind);
  }

  /** The kind of this fix when the user turned it off; null when it applies. */
  private offKind(code: string, value: string): FixKind | null {
    if (this.off.size === 0) return null;
    const kind = fixKindOf(code, value);
    return kind && this.off.has(kind) ? kind : null;
  }

  report<C extends Code>(code: C, reason: ReasonOf<C>, details: IssueDetails): void {
    const declined = details.fix == null ? null : this.offKind(code, details.fix);
    const issue = makeIssue(code, reason, declined ? { ...details, declined } : details);
    if (issue.params) issue.params = this.sharedParams(code, issue.params);
    this.issues.push(issue);
    if (rejectsRow(issue)) this.rejected.add(issue.row);
  }

  /**
   * The params of an issue, as an equal object reported before with the same code when there is
   * one: 87,000 invalid phones have three kinds of params between them. Shared, they are one
   * object in memory, and one in each part that crosses to the page (a structured clone keeps
   * what is shared). Only the last few of a code are compared, so a check whose params are all
   * different costs a few comparisons an issue.
   */
  private sharedParams(code: Code, params: IssueParams): IssueParams {
    let recent = this.recentParams.get(code);
    if (!recent) this.recentParams.set(code, (recent = []));
    for (const earlier of recent) if (sameParams(earlier, params)) return earlier;
    if (recent.length >= RECENT_PARAMS) recent.shift();
    recent.push(params);
    return params;
  }

  set(row: Row, column: Column, code: Code, value: string): void {
    const values = row.values as string[];
    // An added column lies past the file's width: fill the gap, so the row never has holes.
    while (values.length < column.index) values.push('');
    const before = values[column.index] ?? '';
    if (before === value) return;
    const declined = this.offKind(code, value);
    if (declined) {
      this.declined.set(declined, (this.declined.get(declined) ?? 0) + 1);
      return;
    }
    values[column.index] = value;
    this.changes.push({ row: row.number, column: column.header, code, before, after: value });
  }

  addRowAfter(row: Row, values: string[]): void {
    const list = this.extraRows.get(row.number) ?? [];
    list.push(values);
    this.extraRows.set(row.number, list);
  }

  addColumn(field: FieldDef): Column {
    const added = this.addedColumns.find((column) => column.field === field.key);
    if (added) return added;
    const taken = this.mapped.some((c) => c.header.toLowerCase() === field.label.toLowerCase());
    const column: Column = {
      index: this.mapped.length + this.addedColumns.length,
      // A file column of that name that the mapping ignores keeps its name.
      header: taken ? `${field.label} (Preflight)` : field.label,
      field: field.key,
      kind: field.kind,
      fieldLabel: field.label,
      customField: null,
      extra: false,
      source: 'added',
    };
    this.addedColumns.push(column);
    return column;
  }

  dropColumn(column: Column): void {
    this.droppedColumns.add(column.index);
  }

  omit(row: Row): void {
    this.omitted.add(row.number);
  }

  hasValue(column: Column): boolean {
    return this.rows.some((values) => (values[column.index] ?? '').trim() !== '');
  }

  isRejected(number: number): boolean {
    return this.rejected.has(number);
  }

  isOmitted(number: number): boolean {
    return this.omitted.has(number);
  }

  columnOf(kind: FieldKind): Column | undefined {
    return this.columnByKind.get(kind);
  }

  matchingColumn(row: Row): Column | undefined {
    const primary = this.columnOf(this.settings.primary);
    if (primary && (row.values[primary.index] ?? '').trim() !== '') return primary;
    const { secondary } = this.settings;
    const second = secondary ? this.columnOf(secondary) : undefined;
    if (second && (row.values[second.index] ?? '').trim() !== '') return second;
    return undefined;
  }

  row(number: number): Row {
    const values = this.rows[number - this.firstRowNumber];
    if (!values) throw new Error(`No data row ${number}`);
    return { number, values };
  }
}
