import type { Change } from '../../lib/types';

/**
 * The changes as a list per field (format 2): a hundred thousand fixes as objects repeat every
 * key, which nearly doubles the JSON a kept report compresses.
 */
export interface ChangeColumns {
  row: number[];
  column: string[];
  code: string[];
  before: string[];
  after: string[];
}

/**
 * The changes as format 3 keeps them: each column name and code written once and referred to by
 * its place in `names`, each row as its step from the row before (mostly 0 or 1). The repeated
 * names and long row numbers were a third of the changes' JSON, and gzip's time is per byte.
 */
export interface IndexedChangeColumns {
  names: string[];
  rowStep: number[];
  column: number[];
  code: number[];
  before: string[];
  after: string[];
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

/** Hands out one number per distinct name, in the order first seen; `names` lists them. */
function namer() {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const numberOf = (name: string): number => {
    let number = numbers.get(name);
    if (number === undefined) {
      number = names.push(name) - 1;
      numbers.set(name, number);
    }
    return number;
  };
  return { names, numberOf };
}

export function toIndexedChangeColumns(changes: readonly Change[]): IndexedChangeColumns {
  const { names, numberOf } = namer();
  return {
    names,
    rowStep: changes.map((change, at) => change.row - (changes[at - 1]?.row ?? 0)),
    column: changes.map((change) => numberOf(change.column)),
    code: changes.map((change) => numberOf(change.code)),
    before: changes.map((change) => change.before),
    after: changes.map((change) => change.after),
  };
}

export function fromIndexedChangeColumns(columns: IndexedChangeColumns): Change[] {
  const { names, rowStep, column, code, before, after } = columns;
  let row = 0;
  return rowStep.map((step, at) => ({
    row: (row += step),
    column: names[column[at] ?? -1] ?? '',
    code: names[code[at] ?? -1] ?? '',
    before: before[at] ?? '',
    after: after[at] ?? '',
  }));
}
