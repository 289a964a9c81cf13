import type { Change } from '../../lib/types';

/**
 * The changes as a list per field: a hundred thousand fixes as objects repeat every key, which
 * nearly doubles the JSON a kept report compresses.
 */
export interface ChangeColumns {
  row: number[];
  column: string[];
  code: string[];
  before: string[];
  after: string[];
}

export function toChangeColumns(changes: readonly Change[]): ChangeColumns {
  return {
    row: changes.map((change) => change.row),
    column: changes.map((change) => change.column),
    code: changes.map((change) => change.code),
    before: changes.map((change) => change.before),
    after: changes.map((change) => change.after),
  };
}

export function fromChangeColumns({ row, column, code, before, after }: ChangeColumns): Change[] {
  return row.map((number, at) => ({
    row: number,
    column: column[at] ?? '',
    code: code[at] ?? '',
    before: before[at] ?? '',
    after: after[at] ?? '',
  }));
}
