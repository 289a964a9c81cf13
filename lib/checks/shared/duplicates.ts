import type { Row, Run } from '../../check';
import type { Code } from '../../highlevel/codes';
import { ADDITIONAL, ADDITIONAL_SEPARATOR, additionalKindOf } from '../../highlevel/several-values';
import type { Column } from '../../mapping';

/** FNV-1a over the key's UTF-16 units: 32 bits, computed in the row's own pass. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Row numbers by key, to find values that appear on more than one row. Most keys appear once,
 * and a Map of every key is a table of scattered strings that each row's lookup waits on: keys
 * are kept in a list with a hash each, and only the keys whose hash a table of counts saw twice
 * are grouped, by the key itself, when asked.
 */
export class Groups {
  private readonly keys: string[] = [];
  private readonly rows: number[] = [];
  private readonly hashes: number[] = [];

  add(key: string, row: Row): void {
    this.keys.push(key);
    this.rows.push(row.number);
    this.hashes.push(hashOf(key));
  }

  /** Each group of two or more rows sharing a key, in file order, in the order each became one. */
  duplicates(): number[][] {
    // Sixteen slots a key, a power of two: about one key in sixteen meets another by its hash.
    const slots = 2 ** Math.ceil(Math.log2(Math.max(1, this.keys.length) * 16));
    const mask = slots - 1;
    // How many keys each slot's hashes came from: none, one, or more (2).
    const seen = new Uint8Array(slots);
    for (const hash of this.hashes) seen[hash & mask] = Math.min(2, (seen[hash & mask] ?? 0) + 1);
    const byKey = new Map<string, number[]>();
    const found: number[][] = [];
    this.keys.forEach((key, index) => {
      if (seen[(this.hashes[index] ?? 0) & mask] !== 2) return;
      const number = this.rows[index] ?? 0;
      const rows = byKey.get(key);
      if (!rows) byKey.set(key, [number]);
      else if (rows.push(number) === 2) found.push(rows);
    });
    return found;
  }
}

/**
 * Whether a group of rows is merged: when the user asks, and only when none of them is a row
 * HighLevel would skip anyway, whose unfixed values would otherwise reach a clean row (they go to
 * the rejected file instead).
 */
export function mergesGroup(run: Run, rows: readonly number[]): boolean {
  return run.settings.fixes.mergeDuplicates && !rows.some((number) => run.isRejected(number));
}

/** The row's Contact ID, trimmed; empty when it has none or the file has no such column. */
export function contactIdOf(run: Run, row: Row): string {
  const column = run.columnOf('contactId');
  return column ? (row.values[column.index] ?? '').trim() : '';
}

/**
 * Folds `from` into `into`, in a group `mergesGroup` allows: later non-empty values win; `from`
 * leaves the cleaned file.
 */
export function mergeRows(run: Run, into: Row, from: Row, code: Code): void {
  for (const column of [...run.columns, ...run.addedColumns]) {
    const value = from.values[column.index] ?? '';
    const kept = into.values[column.index] ?? '';
    if (value.trim() === '' || value === kept) continue;
    // Additional Emails / Phones: the merged contact keeps the values of both rows.
    const list = additionalKindOf(column.kind);
    const merged =
      list && kept.trim() !== '' ? joinLists(run, into, column, list, kept, value) : value;
    run.set(into, column, code, merged);
  }
  run.omit(from);
}

/**
 * Both lists' values, each once, up to the number HighLevel keeps; a value past it is named
 * (PF07). PF07 wrote each list normalised and within that number, so a merge costs the same
 * however many rows a group merges.
 */
function joinLists(
  run: Run,
  row: Row,
  column: Column,
  kind: 'email' | 'phone',
  first: string,
  second: string,
): string {
  const { field, max } = ADDITIONAL[kind];
  const values = first.split(ADDITIONAL_SEPARATOR);
  const seen = new Set(values);
  for (const value of second.split(ADDITIONAL_SEPARATOR)) {
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    if (values.length < max) values.push(value);
    else {
      run.report('PF07', 'too-many', {
        row: row.number,
        column: column.header,
        value,
        fix: '',
        params: { field: run.columnOf(kind)?.fieldLabel ?? kind, list: field.label, max },
      });
    }
  }
  return values.join(ADDITIONAL_SEPARATOR);
}
