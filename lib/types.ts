import type { FixCounts } from './fixes';
import type { OutcomeClass } from './highlevel/outcomes';
import type { Encoding } from './read/decode';
import type { LineEnding } from './read/dialect';
import type { Settings } from './settings';

/** A number, a word from the file, or a phrase key (or several: listed with commas). */
export type IssueParams = Record<string, string | number | readonly string[]>;

/**
 * One thing Preflight found, in the shape the CLI, the panel and the history all read. It holds
 * data only: its sentence is rendered from the codes table (`describeIssue`), so a kept report
 * reads in today's words and tests assert the reason.
 */
export interface Issue {
  /** Always a string: "1008", "PF07". */
  code: string;
  /** Which of the code's reasons (codes table): "invalid", "repaired". */
  reason: string;
  class: OutcomeClass;
  /** Spreadsheet row: the header is row 1, the first data row is row 2. Null for file-level issues. */
  row: number | null;
  /** Header text of the column, or null when the issue is not about one column. */
  column: string | null;
  /** The value as found in the file, or null. */
  value: string | null;
  /** The value the cleaned CSV holds instead, or null when Preflight does not fix it. */
  fix: string | null;
  /** The rest of what the reason's sentence names (counts, candidates, phrase keys). */
  params?: IssueParams;
  /**
   * Only in reports kept before report version 2, which stored the sentence instead of the
   * reason: shown as it was written.
   */
  text?: string;
}

/** A cell the cleaned CSV changed, before → after; every fix appears here. */
export interface Change {
  row: number;
  column: string;
  code: string;
  before: string;
  after: string;
}

/** How one header of the file maps onto HighLevel. */
export interface ColumnMapping {
  index: number;
  /** Header text as written in the file (after renaming duplicates and empty names). */
  header: string;
  /** HighLevel field key (`email`, `custom:Membership`), or null when import would ignore it. */
  field: string | null;
  /** A second column for a field that takes one value (a second phone or email column). */
  extra: boolean;
  /** Where the mapping came from; `added` for a column the cleaned file adds (Additional Emails). */
  source: 'alias' | 'custom-field' | 'settings' | 'none' | 'added';
}

export interface FileFacts {
  name: string;
  bytes: number;
  /** What the bytes really are: `csv` when they read as delimited text. */
  kind: string;
  encoding: Encoding | null;
  bom: boolean;
  delimiter: string | null;
  lineEnding: LineEnding;
  /** Data rows, the header excluded. */
  rows: number;
  columns: string[];
  mapping: ColumnMapping[];
}

export interface Summary {
  byClass: Record<OutcomeClass, number>;
  byCode: Record<string, number>;
  fileBlocked: boolean;
  rows: {
    total: number;
    /** Data rows with no issue worse than a notice. */
    clean: number;
    skipped: number;
    fieldDropped: number;
    duplicateRisk: number;
    /** Rows in the cleaned CSV (after fixes, splits, blank rows removed). */
    cleanedOut: number;
    /** Rows still skipped after fixes: the rejected-rows CSV. */
    rejectedOut: number;
  };
  changes: number;
  /** Each kind of fix the user may turn off: cells it changed, and cells it left as written. */
  fixes?: FixCounts;
}

export interface Report {
  /** Report model version, bumped when its shape changes (the history stores it). */
  version: 2;
  file: FileFacts;
  settings: Settings;
  summary: Summary;
  issues: Issue[];
  changes: Change[];
}

export interface Progress {
  phase: 'reading' | 'checking' | 'writing' | 'done';
  /** 0..1 */
  fraction: number;
  rowsDone: number;
}
