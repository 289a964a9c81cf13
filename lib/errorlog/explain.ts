import { CODES } from '../highlevel/codes';
import { ERROR_LOG, type HighLevelCode, type LogOutcome } from '../highlevel/error-log';
import type { Issue } from '../types';
import type { Match } from './match';
import type { ErrorLog } from './read-log';

export interface CodeExplanation {
  code: HighLevelCode;
  name: string;
  /** Log rows that name the code. */
  count: number;
  /** Those rows' own line numbers in the log. */
  lines: number[];
  meaning: string;
  todo: string;
  outcome: LogOutcome;
  /**
   * Whether Preflight finds it in a file before the import; false for what only happens inside
   * HighLevel (1020, 1022–1024) or no longer does (1017, 1019).
   */
  predictable: boolean;
  /**
   * With the original file: of `count` rows, how many Preflight finds this code on with the same
   * settings; null without it. Fewer than `count` means the import's settings or its file
   * differed, a row was not found in the original, or the code is not `predictable`.
   */
  predicted: number | null;
}

/** Where each log row is in the original, and the codes Preflight finds on each original row. */
export interface Predictions {
  rowOf: ReadonlyMap<number, number>;
  codesOn: ReadonlyMap<number, ReadonlySet<string>>;
}

export function predictionsOf(matches: readonly Match[], issues: readonly Issue[]): Predictions {
  const codesOn = new Map<number, Set<string>>();
  for (const { row, code } of issues) {
    if (row === null) continue;
    const codes = codesOn.get(row);
    if (codes) codes.add(code);
    else codesOn.set(row, new Set([code]));
  }
  return { rowOf: new Map(matches.map(({ line, row }) => [line, row])), codesOn };
}

export interface Explanation {
  /** Failed rows the log names. */
  rows: number;
  /** Rows by what became of them: a row with several codes counts once, by the first in OUTCOMES. */
  byOutcome: Record<LogOutcome, number>;
  codes: CodeExplanation[];
  /** Log rows that name no code. */
  withoutCode: number[];
}

/** What a row with several codes counts as: the one that decides most about its next import. */
export const OUTCOMES: readonly LogOutcome[] = [
  'nothing-imported',
  'not-imported',
  'field-lost',
  'check-it',
];

export function rowOutcome(codes: readonly HighLevelCode[]): LogOutcome {
  const outcomes = new Set(codes.map((code) => ERROR_LOG[code].outcome));
  return OUTCOMES.find((outcome) => outcomes.has(outcome)) ?? 'check-it';
}

/** Per code, in code order: what it means, how many rows, what to do. */
export function explainLog(log: ErrorLog, predictions?: Predictions): Explanation {
  const lines = new Map<HighLevelCode, number[]>();
  const foundOn = new Map<HighLevelCode, number>();
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<LogOutcome, number>;
  for (const row of log.rows) {
    byOutcome[rowOutcome(row.codes)]++;
    const found = predictions?.codesOn.get(predictions.rowOf.get(row.line) ?? NaN);
    for (const code of row.codes) {
      if (found?.has(code)) foundOn.set(code, (foundOn.get(code) ?? 0) + 1);
      const list = lines.get(code);
      if (list) list.push(row.line);
      else lines.set(code, [row.line]);
    }
  }
  const codes = [...lines]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, named]): CodeExplanation => {
      const { meaning, todo, outcome } = ERROR_LOG[code];
      const { name, predicted: predictable } = CODES[code];
      const predicted = predictions ? (foundOn.get(code) ?? 0) : null;
      return {
        code,
        name,
        count: named.length,
        lines: named,
        meaning,
        todo,
        outcome,
        predictable,
        predicted,
      };
    });
  return { rows: log.rows.length, byOutcome, codes, withoutCode: log.withoutCode };
}
