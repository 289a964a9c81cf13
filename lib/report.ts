import { type Change, type Issue, type Report, type Summary } from './types';
import { OUTCOME_CLASSES, type OutcomeClass } from './highlevel/outcomes';
import { countFixes, type FixKind } from './fixes';
import { describeIssue } from './issue';
import { toCsv, type Outputs } from './write';

const CLASS_BIT = Object.fromEntries(OUTCOME_CLASSES.map((c, i) => [c, 1 << i])) as Record<
  OutcomeClass,
  number
>;

/** Counts by outcome class and code, and rows by what HighLevel would do with them. */
export function summarize(
  issues: readonly Issue[],
  changes: readonly Change[],
  totalRows: number,
  outputs: Pick<Outputs, 'cleanedRows' | 'rejectedRows'>,
  /** The first data row: a finding about a row above it (a title) is about no contact. */
  firstRowNumber = 2,
  /** Fixes the user turned off, by kind: the cells they left as written. */
  declined: ReadonlyMap<FixKind, number> = new Map(),
): Summary {
  const byClass = Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, 0])) as Record<
    OutcomeClass,
    number
  >;
  const byCode: Record<string, number> = {};
  // One byte per row, a bit per class it has issues of: a set of row numbers per class would cost
  // tens of bytes per row, which a file where every row has a problem makes millions.
  let lastRow = firstRowNumber - 1;
  for (const issue of issues) if (issue.row !== null && issue.row > lastRow) lastRow = issue.row;
  const classesOfRow = new Uint8Array(lastRow - firstRowNumber + 1);
  for (const issue of issues) {
    byClass[issue.class]++;
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
    if (issue.row !== null && issue.row >= firstRowNumber) {
      const at = issue.row - firstRowNumber;
      classesOfRow[at] = (classesOfRow[at] ?? 0) | CLASS_BIT[issue.class];
    }
  }
  const rowsWith = (bits: number) => classesOfRow.reduce((n, row) => (row & bits ? n + 1 : n), 0);
  const troubled = rowsWith(~CLASS_BIT.notice);
  return {
    byClass,
    byCode,
    fileBlocked: byClass['file-blocked'] > 0,
    rows: {
      total: totalRows,
      clean: Math.max(0, totalRows - troubled),
      skipped: rowsWith(CLASS_BIT['row-skipped']),
      fieldDropped: rowsWith(CLASS_BIT['field-dropped']),
      duplicateRisk: rowsWith(CLASS_BIT['duplicate-risk']),
      cleanedOut: outputs.cleanedRows,
      rejectedOut: outputs.rejectedRows,
    },
    changes: changes.length,
    fixes: countFixes(changes, declined),
  };
}

const REPORT_COLUMNS = ['Row', 'Column', 'Code', 'Outcome', 'Value', 'Fixed value', 'Message'];

/**
 * The report's issues as a CSV a person can sort and filter ("Download report"). Values come from
 * the file: `toCsv` keeps one that is a formula from running when the report is opened.
 */
export function reportCsv(report: Pick<Report, 'issues'>): string {
  return toCsv(
    REPORT_COLUMNS,
    report.issues.map((issue) => [
      issue.row === null ? '' : String(issue.row),
      issue.column ?? '',
      issue.code,
      issue.class,
      issue.value ?? '',
      issue.fix ?? '',
      describeIssue(issue),
    ]),
  );
}

/** A report kept by version 1, which stored each issue's sentence instead of its reason. */
export interface ReportV1 extends Omit<Report, 'version' | 'issues'> {
  version: 1;
  issues: (Omit<Issue, 'reason' | 'params' | 'text'> & { message: string })[];
}

/** A kept report in today's shape: a version 1 issue keeps its sentence as it was written. */
export function upgradeReport(report: Report | ReportV1): Report {
  if (report.version !== 1) return report;
  const issues = report.issues.map(({ message, ...issue }) => ({
    ...issue,
    reason: '',
    text: message,
  }));
  return { ...report, version: 2, issues };
}
